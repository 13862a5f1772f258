#include "reportwriter.h"

#include "export/exportfolder.h"

#include "buildinfo.h"
#include "exerciseregistry.h"
#include "models/progresspresenter.h"
#include "progresscharts.h"
#include "storage/database.h"
#include "storage/participantrepository.h"
#include "storage/sessionrepository.h"
#include "storage/trialrepository.h"
#include "timing/prioritygrant.h"

#include <QChart>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QUrl>
#include <array>
#include <cmath>

namespace attend {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString value(const ProgressModel::Point &p)
{
    return p.ok ? ProgressModel::text(p.value) : ReportWriter::tr("not enough trials");
}

} // namespace

Result<void> ReportWriter::write(const QString &participantCode, Audience audience,
                                 const QString &path)
{
    auto participant = ParticipantRepository(m_db).byCode(participantCode);
    if (!participant)
        return participant.error();
    const bool clinician = audience == Audience::Clinician;
    QTextDocument document;
    QString html =
        QStringLiteral("<h1>%1</h1>").arg(esc(title(participant.value().code, audience)));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Made on %1 with Attend %2 (build %3). Every result is compared only with "
                        "this person's own first session; Attend has no norms and shows none.")
                         .arg(dateText(QDateTime::currentDateTime()),
                              QString::fromLatin1(kAttendVersion),
                              QString::fromLatin1(kAttendBuildId)));
    int exercisesWithSessions = 0;
    for (const auto &exercise : m_registry.all()) {
        auto section = exerciseSection(*exercise, participant.value().id, clinician, document);
        if (!section)
            return section.error();
        exercisesWithSessions += section.value().isEmpty() ? 0 : 1;
        html += section.value();
    }
    if (exercisesWithSessions == 0)
        html += QStringLiteral("<p>%1</p>").arg(tr("No completed session yet."));
    if (clinician) {
        auto audit = timingAudit(participant.value().id);
        if (!audit)
            return audit.error();
        html += audit.value() + methods();
    }
    // Han characters in the Simplified Chinese face: the system's fallback is often Noto Sans
    // CJK's Japanese one, whose glyphs differ from those Chinese readers learnt.
    if (QLocale().language() == QLocale::Chinese) {
        QFont font = document.defaultFont();
        font.setFamilies(
            {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans SC"), font.family()});
        document.setDefaultFont(font);
    }
    document.setHtml(html);
    return print(document, title(participant.value().code, audience), path);
}

QString ReportWriter::title(const QString &code, Audience audience)
{
    return audience == Audience::Clinician ? tr("Attend report: participant %1").arg(code)
                                           : tr("Your progress with Attend (%1)").arg(code);
}

Result<QString> ReportWriter::exerciseSection(const Exercise &exercise, qint64 participantId,
                                              bool clinician, QTextDocument &document) const
{
    ProgressModel model(m_db, exercise);
    if (auto loaded = model.load(participantId); !loaded)
        return loaded.error();
    const auto &points = model.points();
    if (points.empty())
        return QString();
    const auto view = ProgressPresenter::present(model, m_db, exercise, participantId);
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(exercise.displayName()));
    // No title when no session has measured what the chart shows (a short partial one).
    html += QStringLiteral("<p>%1</p>")
                .arg(view.title.isEmpty()
                         ? tr("%n completed session(s).", nullptr, int(points.size()))
                         : tr("%n completed session(s). Shown: %1.", nullptr, int(points.size()))
                               .arg(esc(view.title)));
    if (clinician)
        html += sessionTable(model);
    // The charts the progress page shows, drawn without a window.
    const std::array<QChart *, 2> charts{ProgressCharts::measureChart(view),
                                         ProgressCharts::levelChart(view)};
    for (std::size_t i = 0; i < charts.size(); ++i) {
        const std::unique_ptr<QChart> chart(charts[i]);
        const QString name = QStringLiteral("chart-%1-%2.png").arg(exercise.id()).arg(i + 1);
        document.addResource(QTextDocument::ImageResource, QUrl(name),
                             ProgressCharts::render(chart.get(), QSize(1000, 340)));
        html += QStringLiteral("<p><img src=\"%1\" width=\"600\"></p>").arg(name);
    }
    QString notes = esc(view.notes.join(u'\n'));
    notes.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html + QStringLiteral("<p>%1</p>").arg(notes);
}

QString ReportWriter::sessionTable(const ProgressModel &model)
{
    const QLocale locale;
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>"
                                  "<th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                                  "<th>%6</th></tr>")
                       .arg(tr("Session"), tr("Date"), tr("Mode"), tr("Result"),
                            tr("95 % interval"), tr("Level reached"));
    for (const auto &p : model.points()) {
        const bool shown = model.charted(p);
        html +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td>"
                           "<td>%5</td><td>%6</td></tr>")
                .arg(p.number)
                .arg(dateText(p.startedAt),
                     p.mode == SessionMode::Assessment ? tr("assessment") : tr("training"),
                     shown || p.label.isEmpty() ? value(p)
                                                : esc(p.label) + QStringLiteral(": ") + value(p),
                     p.ok && std::isfinite(p.low) && std::isfinite(p.high)
                         ? QStringLiteral("%1 – %2").arg(ProgressModel::text(p.low),
                                                         ProgressModel::text(p.high))
                         : QString(),
                     p.level >= 0 ? locale.toString(p.level, 'f', 2) : QString());
    }
    return html + QStringLiteral("</table>");
}

Result<QString> ReportWriter::timingAudit(qint64 participantId) const
{
    const QLocale locale;
    QString html =
        QStringLiteral(
            "<h2>%1</h2><table width=\"100%\" border=\"1\" cellspacing=\"0\" "
            "cellpadding=\"3\"><tr><th width=\"17%\">%2</th><th>%3</th><th width=\"20%\">%4</th>"
            "<th>%5</th><th>%6</th><th>%7</th><th>%8</th></tr>")
            .arg(tr("Timing audit"), tr("Started"), tr("Exercise"), tr("Presentation path"),
                 tr("Frame interval (ms)"), tr("Dropped frames"), tr("Trials with a late frame"),
                 tr("Priority"));
    auto sessions = SessionRepository(m_db).forParticipant(participantId);
    if (!sessions)
        return sessions.error();
    for (const SessionInfo &info : sessions.value()) {
        auto stored = SessionRepository(m_db).load(info.id);
        auto trials = TrialRepository(m_db).forSession(info.id);
        if (!stored || !trials)
            return stored ? trials.error() : stored.error();
        const int late =
            int(std::count_if(trials.value().begin(), trials.value().end(),
                              [](const TrialRecord &t) { return (t.flags & LateFrame) != 0; }));
        const auto &pres = stored.value().presentation;
        const auto &source = stored.value().source;
        const QString path = pres     ? esc(pres->path)
                             : source ? esc(tr("imported from %1").arg(source->file))
                             : stored.value().platform.value(QStringLiteral("simulated")).toBool()
                                 ? tr("simulated")
                                 : tr("not recorded");
        const auto priority = PriorityGrant::fromPlatform(stored.value().platform);
        const Exercise *exercise = m_registry.find(info.exercise);
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                               "<td>%6</td><td>%7</td></tr>")
                    .arg(dateText(info.startedAt).replace(u' ', QStringLiteral("<br/>")))
                    .arg(esc(exercise ? exercise->displayName() : info.exercise), path,
                         pres ? QStringLiteral("%1 ± %2").arg(
                                    locale.toString(pres->refreshMeanMs, 'f', 2),
                                    locale.toString(pres->refreshSdMs, 'f', 2))
                              : QString(),
                         pres ? QString::number(pres->droppedFrames) : QString())
                    .arg(late)
                    .arg(priority ? esc(priority->brief()) : QString());
    }
    return html + QStringLiteral("</table>");
}

// ISO 8601 in local time: read the same way on A4 and on US letter.
QString ReportWriter::dateText(const QDateTime &when)
{
    return when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString ReportWriter::methods()
{
    return QStringLiteral("<h2>%1</h2><p>%2</p>")
        .arg(tr("Methods"), tr("Paradigms and parameters: docs/exercises.md. Measures and formulas "
                               "(search slopes by least squares, switch and mixing costs after the "
                               "stated exclusions, d′ with the log-linear correction, Weibull "
                               "thresholds by maximum likelihood, vigilance decrement over "
                               "quarters): docs/metrics.md. Intervals (95 %, stored when the "
                               "session ended): Wilson for proportions, batch means for the level "
                               "reached, otherwise a percentile bootstrap of 2000 resamples of the "
                               "session's trials. Forecast: least-squares trend of the "
                               "last sessions with its 95 % prediction interval; the attention "
                               "model's expected accuracy: docs/model.md."));
}

Result<void> ReportWriter::print(QTextDocument &document, const QString &title, const QString &path)
{
    {
        QFile probe(path); // fail with the destination's name, not in the middle of printing
        if (!probe.open(QIODevice::WriteOnly))
            return ExportFolder::unwritable(QFileInfo(path).absoluteFilePath());
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Attend %1").arg(QString::fromLatin1(kAttendVersion)));
    document.print(&writer);
    if (QFileInfo(path).size() == 0)
        return ExportFolder::unwritable(QFileInfo(path).absoluteFilePath());
    return {};
}

Result<QStringList> ReportWriter::writeAll(const ExportSelection &selection, Audience audience,
                                           const QString &destination, bool force,
                                           const ExportFormat::Progress &progress)
{
    auto dataset = ExportDataset::load(m_db, selection);
    if (!dataset)
        return dataset.error();
    auto folder = ExportFolder::open(destination, force);
    if (!folder)
        return folder.error();
    const auto people = dataset.value().participants();
    int done = 0;
    for (const Participant &p : people) {
        QTemporaryDir scratch;
        const QString pdf = scratch.filePath(QStringLiteral("report.pdf"));
        if (auto r = write(p.code, audience, pdf); !r)
            return r.error();
        QFile file(pdf);
        if (!file.open(QIODevice::ReadOnly))
            return ExportFolder::unwritable(scratch.path());
        if (auto r = folder.value()->write(QStringLiteral("%1.pdf").arg(p.code), file.readAll());
            !r)
            return r.error();
        if (progress && !progress(++done, int(people.size())))
            return ExportFormat::cancelled();
    }
    if (auto r = folder.value()->commit(); !r)
        return r.error();
    return folder.value()->written();
}

} // namespace attend
