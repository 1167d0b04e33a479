#pragma once

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace qw::test {

// The window's language as main() sets it, for one test: locale and catalogues, taken back
// when it goes out of scope.
class Language
{
public:
    explicit Language(bool german)
    {
        QLocale::setDefault(german ? QLocale(QLocale::German, QLocale::Germany)
                                   : QLocale(QLocale::English, QLocale::UnitedKingdom));
        if (m_translator.load(german ? QStringLiteral(":/i18n/quartierswerkstatt_de.qm")
                                     : QStringLiteral(":/i18n/quartierswerkstatt_en.qm")))
            QCoreApplication::installTranslator(&m_translator);
        // Qt's own words (the wizard's "Weiter", the dialogs' buttons), as main() loads them
        if (german
            && m_qt.load(QLocale(QLocale::German), QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
    }
    ~Language()
    {
        QCoreApplication::removeTranslator(&m_qt);
        QCoreApplication::removeTranslator(&m_translator);
    }
    Language(const Language &) = delete;
    Language &operator=(const Language &) = delete;
    bool loaded() const { return !m_translator.isEmpty(); }

private:
    QTranslator m_translator;
    QTranslator m_qt;
};

} // namespace qw::test
