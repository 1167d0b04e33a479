#include "DeriveCommand.h"

#include "CommandLine.h"
#include "DerivedIndicators.h"
#include "ProjectStore.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdio>

namespace qw {

namespace {

struct DeriveCommand
{
    Q_DECLARE_TR_FUNCTIONS(qw::DeriveCommand)
};

int fail(const QString &message)
{
    std::fprintf(stderr, "quartierswerkstatt: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int runDeriveCommand(const CommandLine &cl, const QString &projectPath)
{
    QString error;
    const auto definition = DerivedDefinition::parse(cl.deriveDefinition, &error);
    if (!definition)
        return fail(DeriveCommand::tr("--derive %1: %2").arg(cl.deriveKey, error));
    try {
        auto store = ProjectStore::open(projectPath);
        // The name is German; without --name-en it serves in English too.
        const QString nameEn = cl.nameEn.isEmpty() ? definition->name : cl.nameEn;
        const int written = DerivedIndicators(*store).define(cl.deriveKey, definition->name, nameEn,
                                                             definition->recipe, &error);
        if (written < 0)
            return fail(DeriveCommand::tr("--derive %1: %2").arg(cl.deriveKey, error));
        // A share in % above 100 is defined (the planner may mean it) but said, as the
        // dialog's preview says it.
        std::optional<ShareExcess> excess;
        DerivedIndicators(*store).preview(cl.deriveKey, definition->recipe, 0, nullptr, &excess);
        if (excess) {
            const std::vector<Indicator> catalogue = store->indicators();
            const Indicator *entry = findIndicator(catalogue, cl.deriveKey);
            const QString largest = entry ? entry->format(excess->largest, QLocale())
                                          : QString::number(excess->largest);
            std::fprintf(stderr, "quartierswerkstatt: --derive %s: %s\n", qPrintable(cl.deriveKey),
                         qPrintable(ShareCheck::warning(*excess, largest)));
        }
        std::printf(
            "%s\n",
            qPrintable(DeriveCommand::tr("%1 (%2 = %3): %n value(s) computed", nullptr, written)
                           .arg(cl.deriveKey, definition->name, definition->recipe.text())));
    } catch (const StoreError &e) {
        return fail(e.message());
    }
    return 0;
}

} // namespace qw
