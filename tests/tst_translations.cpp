#include "exerciseregistry.h"
#include "languageloader.h"
#include "mainwindow.h"
#include "measuredefinitions.h"
#include "metricreasons.h"
#include "participantdialog.h"
#include "sceneregistry.h"
#include "settings.h"
#include "settingsdialog.h"
#include "storage/participantrepository.h"
#include "testdatabase.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTest>
#include <QXmlStreamReader>

using namespace attend;

namespace {

struct Message
{
    QString translation;
    QString type; // "", "unfinished", "vanished", "obsolete"
};

// context + '\x1f' + source + '\x1f' + comment → translation
QMap<QString, Message> readTs(const QString &path)
{
    QMap<QString, Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context, source, comment;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() && !xml.isEndElement())
            continue;
        const auto name = xml.name();
        if (xml.isStartElement()) {
            if (name == u"context") {
                context.clear();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                source.clear();
                comment.clear();
                message = {};
            } else if (name == u"source") {
                source = xml.readElementText();
            } else if (name == u"comment") {
                comment = xml.readElementText();
            } else if (name == u"translation") {
                message.type = xml.attributes().value(QStringLiteral("type")).toString();
                message.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (name == u"message") {
            messages.insert(context + u'\x1f' + source + u'\x1f' + comment, message);
        }
    }
    return messages;
}

// Words of three or more Latin letters left after removing what is meant to stay Latin.
QStringList englishLeftovers(const QString &text)
{
    QString rest = text;
    static const QRegularExpression allowed(
        QStringLiteral("Attend|BIDS|English|P001|A–Z|0–9|Qt|GNU|&\\w|Ctrl\\+\\S+|"
                       // literal text a person types or opens: a server's URL, a document
                       "postgresql://[^\\s（]*|docs/\\w+\\.md"));
    rest.remove(allowed);
    rest.remove(QRegularExpression(QStringLiteral("<[^>]*>"))); // rich-text tags
    QStringList words;
    auto it = QRegularExpression(QStringLiteral("[A-Za-z]{3,}")).globalMatch(rest);
    while (it.hasNext())
        words << it.next().captured();
    return words;
}

QStringList visibleTexts(QWidget *root)
{
    QStringList texts{root->windowTitle()};
    for (auto *w : root->findChildren<QLabel *>())
        texts << w->text();
    for (auto *w : root->findChildren<QAbstractButton *>())
        texts << w->text();
    for (auto *w : root->findChildren<QGroupBox *>())
        texts << w->title();
    for (auto *w : root->findChildren<QComboBox *>())
        for (int i = 0; i < w->count(); ++i)
            texts << w->itemText(i);
    for (auto *a : root->findChildren<QAction *>())
        texts << a->text();
    return texts;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everySourceStringHasAChineseTranslation();
    void theChineseCatalogueIsEmbedded();
    void theChineseInterfaceHasNoEnglishLeftovers();
    void everyShortcutLabelHasItsField();
    void anUnknownLanguageIsRefused();
    void everyMetricReasonReadsInChinese();
    void measureDefinitionsReadInChineseOnScreenAndStayEnglishInFiles();
};

void TestTranslations::everySourceStringHasAChineseTranslation()
{
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
    const QString root = QStringLiteral(SOURCE_ROOT);
    QProcess lupdate;
    lupdate.start(QStringLiteral(LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-extensions"), QStringLiteral("cpp,h"),
                   root + QStringLiteral("/app"), root + QStringLiteral("/engine"),
                   root + QStringLiteral("/exercises"), QStringLiteral("-ts"), fresh});
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    const auto sources = readTs(fresh);
    QVERIFY2(sources.size() > 50, "lupdate found too few strings; is the source tree right?");
    const auto chinese = readTs(root + QStringLiteral("/translations/attend_zh_CN.ts"));

    QStringList problems;
    for (auto it = sources.cbegin(); it != sources.cend(); ++it) {
        const QString where = QString(it.key()).replace(u'\x1f', QStringLiteral(" | "));
        const auto found = chinese.constFind(it.key());
        if (found == chinese.cend())
            problems << QStringLiteral("missing: ") + where;
        else if (!found->type.isEmpty() || found->translation.trimmed().isEmpty())
            problems << QStringLiteral("unfinished: ") + where;
    }
    for (auto it = chinese.cbegin(); it != chinese.cend(); ++it)
        if (it->type == u"unfinished")
            problems << QStringLiteral("unfinished in the file: ") +
                            QString(it.key()).replace(u'\x1f', QStringLiteral(" | "));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::theChineseCatalogueIsEmbedded()
{
    LanguageLoader loader;
    QVERIFY(loader.load(QStringLiteral("zh_CN")));
    const QString title =
        QCoreApplication::translate("attend::ParticipantPage", "<h2>Choose a participant</h2>");
    QVERIFY(title.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))));
    // Qt's own strings (standard buttons) are translated too.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    QVERIFY(loader.load(QStringLiteral("en")));
    QCOMPARE(
        QCoreApplication::translate("attend::ParticipantPage", "<h2>Choose a participant</h2>"),
        QStringLiteral("<h2>Choose a participant</h2>"));
}

void TestTranslations::theChineseInterfaceHasNoEnglishLeftovers()
{
    LanguageLoader loader;
    QVERIFY(loader.load(QStringLiteral("zh_CN")));
    QTemporaryDir dir;
    auto db = testing::openOrFail(dir.filePath(QStringLiteral("zh.sqlite")));
    QVERIFY(db);
    QVERIFY(ParticipantRepository(*db).add(QStringLiteral("P1"), {}));
    QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    Settings settings(store);
    ExerciseRegistry registry;
    SceneRegistry scenes;

    MainWindow window(*db, settings, registry, scenes);
    window.show();
    QStringList texts = visibleTexts(&window);
    QVERIFY(window.openParticipant(QStringLiteral("P1")));
    texts << visibleTexts(&window);
    ParticipantDialog create(ParticipantDialog::Purpose::Create);
    texts << visibleTexts(&create);
    SettingsDialog settingsDialog(settings);
    texts << visibleTexts(&settingsDialog);

    QStringList problems;
    for (const QString &text : std::as_const(texts))
        if (!englishLeftovers(text).isEmpty())
            problems << text;
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::everyShortcutLabelHasItsField()
{
    // A label with a mnemonic and no buddy shows its "&" literally and the key does nothing.
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    Settings settings(store);
    SettingsDialog dialog(settings);
    int labels = 0;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (!label->text().contains(u'&') || label->textFormat() == Qt::RichText)
            continue;
        ++labels;
        QVERIFY2(label->buddy(), qPrintable(label->text()));
    }
    QVERIFY(labels >= 2); // language and database file
}

void TestTranslations::anUnknownLanguageIsRefused()
{
    LanguageLoader loader;
    QVERIFY(!loader.load(QStringLiteral("fr")));
}

// Issue "honest numbers": a measure's "no estimate" reason comes from model/metrics in English
// and is stored so; the Chinese screens show it in Chinese. Every reason that code writes
// (its string literals, adjacent ones joined) must be in MetricReasons' table.
void TestTranslations::everyMetricReasonReadsInChinese()
{
    QStringList reasons;
    for (const QString &name :
         QDir(QStringLiteral(SOURCE_ROOT "/model/metrics")).entryList({QStringLiteral("*.cpp")})) {
        QFile file(QStringLiteral(SOURCE_ROOT "/model/metrics/") + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString code = QString::fromUtf8(file.readAll());
        code.remove(QRegularExpression(QStringLiteral("//[^\n]*")));
        code.remove(QRegularExpression(QStringLiteral("\"\\s*\n\\s*\"")));
        const QRegularExpression literal(QStringLiteral("\"((?:[^\"\\\\]|\\\\.){6,})\""));
        for (const auto &m : literal.globalMatch(code))
            if (!m.captured(1).endsWith(u".h") && !m.captured(1).contains(u'%'))
                reasons << m.captured(1);
    }
    QVERIFY(reasons.size() > 40);
    reasons << QStringLiteral("at floor: below 16.7, the lowest intensity tested");
    LanguageLoader languages;
    QVERIFY(languages.load(QStringLiteral("zh_CN")));
    for (const QString &reason : reasons) {
        const QString shown = MetricReasons::translated(reason);
        QVERIFY2(shown != reason && shown.contains(QRegularExpression(QStringLiteral("\\p{Han}"))),
                 qPrintable(reason + QStringLiteral(" → ") + shown));
    }
    QVERIFY(MetricReasons::translated(reasons.last()).contains(QStringLiteral("16.7")));
    QVERIFY(languages.load(QStringLiteral("en")));
    QCOMPARE(MetricReasons::translated(reasons.first()), reasons.first());
}

// A definition made from a key's parts (conjunction search, target present) reads in Chinese on
// screen, parts included; the data dictionary in files keeps the English sentence.
void TestTranslations::measureDefinitionsReadInChineseOnScreenAndStayEnglishInFiles()
{
    const QString key = QStringLiteral("conjunction_present_slope_ms_per_item");
    LanguageLoader languages;
    QVERIFY(languages.load(QStringLiteral("zh_CN")));
    QCOMPARE(
        MeasureDefinitions::translated(key)->text,
        QStringLiteral("平均正确反应时对项目数的最小二乘斜率，联合搜索，有目标试次（毫秒/项）"));
    QCOMPARE(MeasureDefinitions::of(key)->text,
             QStringLiteral("Least-squares slope of mean correct RT on set size, conjunction "
                            "search, target present trials (ms per item)"));
    QVERIFY(languages.load(QStringLiteral("en")));
    QCOMPARE(MeasureDefinitions::translated(key)->text, MeasureDefinitions::of(key)->text);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
