#pragma once

#include <QObject>

class QTranslator;

namespace attend {

// Installs Attend's own translation and Qt's (standard buttons, dialogs) for one language.
class LanguageLoader : public QObject
{
    Q_OBJECT
public:
    explicit LanguageLoader(QObject *parent = nullptr);
    ~LanguageLoader() override;

    // "en" or "zh_CN". Returns false when Attend has no translation for the code.
    bool load(const QString &code);
    static QStringList available();

private:
    void unload();
    QList<QTranslator *> m_installed;
};

} // namespace attend
