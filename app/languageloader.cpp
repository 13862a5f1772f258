#include "languageloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace attend {

LanguageLoader::LanguageLoader(QObject *parent) : QObject(parent) {}

LanguageLoader::~LanguageLoader()
{
    unload();
}

QStringList LanguageLoader::available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

bool LanguageLoader::load(const QString &code)
{
    if (!available().contains(code))
        return false;
    unload();
    auto *own = new QTranslator(this);
    // The catalogues are compiled from translations/*.ts and embedded under :/i18n.
    if (!own->load(QStringLiteral(":/i18n/attend_%1.qm").arg(code))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    m_installed << own;
    auto *qt = new QTranslator(this);
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        m_installed << qt;
    } else {
        delete qt; // English needs none; elsewhere Qt's own buttons stay in English
    }
    QLocale::setDefault(QLocale(code));
    return true;
}

void LanguageLoader::unload()
{
    for (QTranslator *translator : std::as_const(m_installed)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_installed.clear();
}

} // namespace attend
