#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>

namespace qw {

// The program's general options with their --help texts, apart from the parsing
// (CommandLine) so that neither file grows past reading; the index and sensitivity
// commands add their own (indexCommandOptions(), sensitivityCommandOptions()).
class CommandLineOptions
{
    Q_DECLARE_TR_FUNCTIONS(qw::CommandLineOptions)
public:
    static QList<QCommandLineOption> all();
    // An option with a value named value (e.g. "KEY"), or a switch when value is null.
    static QCommandLineOption option(const char *name, const QString &help,
                                     const char *value = nullptr);
};

} // namespace qw
