#include "reportwriter.h"

#include "datetext.h"
#include "export/exportfolder.h"

#include "buildinfo.h"
#include "charttextobject.h"
#include "exerciseregistry.h"
#include "measuredefinitions.h"
#include "models/progresspresenter.h"
#include "models/todaypresenter.h"
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
#include <QLocale>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextDocument>
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

QString interval(const ProgressModel::Point &p)
{
    return p.ok && std::isfinite(p.low) && std::isfinite(p.high)
               ? QStringLiteral("%1 – %2").arg(ProgressModel::text(p.low),
                                               ProgressModel::text(p.high))
               : QString();
}

// A measure's value as a participant reads it: with its unit ("21.4 ms/item"), a rate as a
// percentage ("8 %").
QString plainValue(double v, const ProgressModel::Point &p)
{
    if (p.unit.isEmpty() && p.key.endsWith(u"_rate"))
        return ReportWriter::tr("%1 %").arg(QLocale().toString(100.0 * v, 'f', 0));
    return p.unit.isEmpty() ? ProgressModel::text(v)
                            : QStringLiteral("%1 %2").arg(ProgressModel::text(v),
                                                          MeasureDefinitions::unitName(p.unit));
}

QString dateOnly(const QDateTime &when)
{
    return when.toLocalTime().date().toString(Qt::ISODate);
}

QString list(const QStringList &items)
{
    QString html = QStringLiteral("<ul>");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(item);
    return html + QStringLiteral("</ul>");
}

// The charts' size in the document (its units are the screen's pixels, so their text prints at
// the size a chart shows on screen): the width of an A4 page's text at 96 dpi.
constexpr QSizeF kChartSize(630, 250);

} // namespace

Result<void> ReportWriter::write(const QString &participantCode, Audience audience,
                                 const QString &path)
{
    auto participant = ParticipantRepository(m_db).byCode(participantCode);
    if (!participant)
        return participant.error();
    const qint64 who = participant.value().id;
    const bool clinician = audience == Audience::Clinician;
    auto parts = load(who);
    auto programme = programmeText(who);
    if (!parts || !programme)
        return parts ? programme.error() : parts.error();
    QTextDocument document;
    // Han characters in the Simplified Chinese face: the system's fallback is often Noto Sans
    // CJK's Japanese one, whose glyphs differ from those Chinese readers learnt.
    if (QLocale().language() == QLocale::Chinese) {
        QFont font = document.defaultFont();
        font.setFamilies(
            {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans SC"), font.family()});
        document.setDefaultFont(font);
    }
    ChartTextObject charts(document); // in the document's typeface
    QString html = header(participant.value().code, audience) + programme.value();
    if (clinician) {
        std::vector<const ProgressModel *> models;
        for (const Part &part : parts.value())
            models.push_back(part.model.get());
        auto flags = ReportSummary::flags(m_db, m_registry, who, models);
        if (!flags)
            return flags.error();
        html += summary(parts.value(), flags.value());
    } else {
        html += plainSummary(parts.value());
    }
    for (const Part &part : parts.value())
        html += details(part, clinician, charts);
    if (clinician) {
        auto audit = timingAudit(who);
        if (!audit)
            return audit.error();
        html += audit.value() + methods();
    }
    document.setHtml(html);
    charts.place(kChartSize);
    return print(document, title(participant.value().code, audience), path);
}

Result<std::vector<ReportWriter::Part>> ReportWriter::load(qint64 participantId) const
{
    std::vector<Part> parts;
    for (const auto &exercise : m_registry.all()) {
        Part part{exercise.get(), std::make_unique<ProgressModel>(m_db, *exercise), {}, {}};
        if (auto loaded = part.model->load(participantId); !loaded)
            return loaded.error();
        if (part.model->points().empty())
            continue;
        part.view = ProgressPresenter::present(*part.model, m_db, *exercise, participantId);
        part.row = ReportSummary::row(*part.model, m_db);
        parts.push_back(std::move(part));
    }
    return parts;
}

QString ReportWriter::title(const QString &code, Audience audience)
{
    return audience == Audience::Clinician ? tr("Attend report: participant %1").arg(code)
                                           : tr("Your progress with Attend (%1)").arg(code);
}

QString ReportWriter::header(const QString &code, Audience audience)
{
    return QStringLiteral("<h1>%1</h1><p>%2</p>")
        .arg(esc(title(code, audience)),
             (audience == Audience::Clinician
                  ? tr("Made on %1 with Attend %2 (build %3). Every result is compared only "
                       "with this person's own first session; Attend has no norms and shows "
                       "none.")
                  : tr("Made on %1 with Attend %2 (build %3). Your results are compared only "
                       "with your own first session, never with other people."))
                 .arg(dateText(QDateTime::currentDateTime()), QString::fromLatin1(kAttendVersion),
                      QString::fromLatin1(kAttendBuildId)));
}

Result<QString> ReportWriter::programmeText(qint64 participantId) const
{
    auto today = TodayPresenter::present(m_db, m_registry, participantId, QDate::currentDate());
    if (!today)
        return today.error();
    if (!today.value())
        return QString();
    const auto &view = *today.value();
    return QStringLiteral("<p>%1</p>")
        .arg(esc(tr("Programme: %1, from %2; %3 of %4 training days done.")
                     .arg(view.programmeName, dateOnly(view.assignment.assignedAt))
                     .arg(view.plan.trainingDaysDone)
                     .arg(view.plan.trainingDays)));
}

QString ReportWriter::summary(const std::vector<Part> &parts, const QStringList &flags)
{
    if (parts.empty())
        return QStringLiteral("<p>%1</p>").arg(tr("No completed session yet."));
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Summary"));
    QStringList done;
    QList<std::pair<QString, QString>> statements;
    for (const Part &part : parts) {
        const QString name = QStringLiteral("<b>%1</b>").arg(esc(part.exercise->displayName()));
        done << tr("%1: %2, %3 to %4.")
                    .arg(name, counts(part.row, false), dateOnly(part.row.from),
                         dateOnly(part.row.to));
        if (part.row.change)
            statements.append({name, esc(ProgressPresenter::changeStatement(*part.row.change))});
    }
    const QStringList changes = ProgressPresenter::byStatement(statements);
    html += QStringLiteral("<h3>%1</h3>").arg(tr("What was done")) + list(done);
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Key results")) + resultsTable(parts);
    if (!changes.isEmpty())
        html += QStringLiteral("<h3>%1</h3>").arg(tr("Change between assessments")) + list(changes);
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Sessions to look at"));
    QStringList escaped;
    for (const QString &flag : flags)
        escaped << esc(flag);
    return html + (flags.isEmpty()
                       ? QStringLiteral("<p>%1</p>")
                             .arg(tr("None: no session was interrupted or stopped early, "
                                     "dropped frames or ended without a result."))
                       : list(escaped));
}

// "3 assessments and 12 training sessions" (tests, for the participant), without a zero part.
QString ReportWriter::counts(const ReportSummary::Row &row, bool plain)
{
    QStringList parts;
    if (row.assessments > 0)
        parts << (plain ? tr("%n test(s)", nullptr, row.assessments)
                        : tr("%n assessment(s)", nullptr, row.assessments));
    if (row.training > 0)
        parts << tr("%n training session(s)", nullptr, row.training);
    return parts.join(tr(" and "));
}

QString ReportWriter::resultsTable(const std::vector<Part> &parts)
{
    QString html =
        QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                       "cellpadding=\"3\"><tr><th width=\"34%\">%1</th><th>%2</th>"
                       "<th>%3</th><th>%4</th></tr>")
            .arg(tr("Key measure"), tr("First assessment (95 % interval)"),
                 tr("Latest assessment (95 % interval)"), tr("Training level, first → last"));
    const auto cell = [](const std::optional<ProgressModel::Point> &p) {
        return p ? tr("%1 (%2), session %3").arg(value(*p), interval(*p)).arg(p->number)
                 : QString();
    };
    const QLocale locale;
    for (const Part &part : parts) {
        const auto &row = part.row;
        const QString measure = row.firstAssessment
                                    ? ProgressPresenter::measureTitle(*row.firstAssessment)
                                    : tr("no assessment with a result");
        html +=
            QStringLiteral("<tr><td><b>%1</b><br/>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                           "</tr>")
                .arg(esc(part.exercise->displayName()), esc(measure),
                     esc(cell(row.firstAssessment)), esc(cell(row.lastAssessment)),
                     row.firstLevel
                         ? QStringLiteral("%1 → %2").arg(locale.toString(*row.firstLevel, 'f', 2),
                                                         locale.toString(*row.lastLevel, 'f', 2))
                         : QString());
    }
    return html + QStringLiteral("</table>");
}

QString ReportWriter::plainSummary(const std::vector<Part> &parts)
{
    if (parts.empty())
        return QStringLiteral("<p>%1</p>").arg(tr("You have not completed a session yet."));
    QStringList done;
    for (const Part &part : parts)
        done << QStringLiteral("<b>%1</b>: %2")
                    .arg(esc(part.exercise->displayName()),
                         esc(tr("%1, from %2 to %3.")
                                 .arg(counts(part.row, true), dateOnly(part.row.from),
                                      dateOnly(part.row.to))));
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("What you did")) + list(done);
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Your results"));
    for (const Part &part : parts)
        html += QStringLiteral("<h3>%1</h3>").arg(esc(part.exercise->displayName())) +
                plainResults(part);
    return html;
}

QString ReportWriter::plainResults(const Part &part)
{
    const auto &row = part.row;
    QString html;
    if (const auto &first = row.firstAssessment) {
        const QString what =
            MeasureDefinitions::plainWords(first->key).value_or(first->label.toLower());
        const auto at = [](const ProgressModel::Point &p) {
            const QString v = plainValue(p.value, p);
            return interval(p).isEmpty() ? v
                                         : tr("%1 (we are 95 % sure it lies between %2 and %3)")
                                               .arg(v, plainValue(p.low, p), plainValue(p.high, p));
        };
        QString text =
            row.lastAssessment
                ? tr("The tests measured %1. At your first test: %2. At your latest test: %3.")
                      .arg(what, at(*first), at(*row.lastAssessment))
                : tr("The test measured %1. At your test: %2. After another test, this report "
                     "can compare the two.")
                      .arg(what, at(*first));
        if (MeasureDefinitions::lowerIsBetter(first->key))
            text += QLatin1Char(' ') + tr("Here a lower number is better.");
        html += QStringLiteral("<p>%1</p>").arg(esc(text)) + plainChange(part);
    }
    if (row.firstLevel) {
        const QLocale locale;
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("In training the difficulty follows how you do, so that you get "
                                "about %1 % right. Your level was %2 in your first training "
                                "session and %3 in your last (0 is the easiest, 1 the hardest).")
                                 .arg(std::lround(100 * part.view.target))
                                 .arg(locale.toString(*row.firstLevel, 'f', 2),
                                      locale.toString(*row.lastLevel, 'f', 2))));
    }
    return html;
}

QString ReportWriter::plainChange(const Part &part)
{
    return part.row.change ? QStringLiteral("<p>%1</p>")
                                 .arg(esc(ProgressPresenter::plainStatement(*part.row.change)))
                           : QString();
}

QString ReportWriter::details(const Part &part, bool clinician, ChartTextObject &charts)
{
    const auto &points = part.model->points();
    QString html = QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>")
                       .arg(esc(part.exercise->displayName()));
    if (clinician) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("%n completed session(s).", nullptr, int(points.size())));
        html += sessionTable(*part.model);
    }
    // The charts the progress page shows, drawn as vectors; the participant's named in plain
    // words.
    QChart *measure = ProgressCharts::measureChart(part.view);
    const auto named = std::find_if(points.rbegin(), points.rend(), [&](const auto &p) {
        return part.model->charted(p) && !p.label.isEmpty();
    });
    if (!clinician && named != points.rend())
        measure->setTitle(
            ProgressPresenter::measureTitle(*named, ProgressPresenter::Wording::Plain));
    html += QStringLiteral("<p>%1</p><p>%2</p>")
                .arg(charts.add(measure), charts.add(ProgressCharts::levelChart(part.view)));
    if (!clinician)
        return html;
    QString notes = esc(part.view.notes.join(u'\n'));
    notes.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html + QStringLiteral("<p>%1</p>").arg(notes);
}

QString ReportWriter::sessionTable(const ProgressModel &model)
{
    // What "Result" is in each mode: the mode's key measure, named once above the table.
    QStringList meanings;
    for (SessionMode mode : {SessionMode::Assessment, SessionMode::Training}) {
        const auto &points = model.points();
        const auto named = std::find_if(points.begin(), points.end(), [mode](const auto &p) {
            return p.mode == mode && !p.label.isEmpty();
        });
        if (named != points.end())
            meanings << (mode == SessionMode::Assessment ? tr("assessments: %1")
                                                         : tr("training: %1"))
                            .arg(esc(ProgressPresenter::measureTitle(*named)));
    }
    QString html =
        QStringLiteral("<p>%1</p><table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                       "cellpadding=\"3\"><tr><th nowrap>%2</th><th nowrap>%3</th>"
                       "<th>%4</th><th>%5</th><th>%6</th><th>%7</th></tr>")
            .arg(tr("Result, in %1.").arg(meanings.join(QStringLiteral("; "))), tr("Session"),
                 tr("Date"), tr("Mode"), tr("Result"), tr("95 % interval"), tr("Accuracy"));
    const QLocale locale;
    for (const auto &p : model.points()) {
        html += QStringLiteral("<tr><td>%1</td><td nowrap>%2</td><td>%3</td><td>%4</td>"
                               "<td>%5</td><td>%6</td></tr>")
                    .arg(p.number)
                    .arg(dateText(p.startedAt),
                         p.mode == SessionMode::Assessment ? tr("assessment") : tr("training"),
                         p.partial ? tr("%1 (shorter than its protocol)").arg(value(p)) : value(p),
                         interval(p),
                         p.accuracy >= 0.0 ? locale.toString(p.accuracy, 'f', 2) : QString());
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
    // QTextDocument::print adds 2 cm margins of its own to a document it paginates.
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
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
