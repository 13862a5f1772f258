#include "progresspage.h"

#include "exerciseregistry.h"
#include "models/progressmodel.h"
#include "session/adaptivetraining.h"
#include "sessiondetaildialog.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScatterSeries>
#include <QSvgGenerator>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>

namespace attend {

namespace {

void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

// A vertical bar from `low` to `high` at `x`, outside the legend.
void errorBar(QChart *chart, double x, double low, double high, const QColor &colour)
{
    auto *bar = new QLineSeries;
    bar->append(x, low);
    bar->append(x, high);
    bar->setPen(QPen(colour, 2));
    chart->addSeries(bar);
    hideFromLegend(chart, bar);
}

// Whole session numbers from 1 to one past the last (the forecast).
void sessionAxis(QValueAxis *axis, int sessions)
{
    axis->setRange(0.5, sessions + 1.5);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(1);
    axis->setTickInterval(std::max(1, (sessions + 1) / 10));
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTitleText(ProgressPage::tr("Session"));
    axis->setTruncateLabels(false); // short charts would otherwise show "…" for numbers
}

QString withUnit(const QString &label, const QString &unit)
{
    return unit.isEmpty() ? label : QStringLiteral("%1 (%2)").arg(label, unit);
}

} // namespace

ProgressPage::ProgressPage(Database &db, const ExerciseRegistry &registry, QWidget *parent)
    : QWidget(parent), m_db(db), m_registry(registry), m_heading(new QLabel(this)),
      m_exercise(new QComboBox(this)), m_which(new QComboBox(this)),
      m_measureView(new QChartView(this)), m_levelView(new QChartView(this)),
      m_notes(new QLabel(this))
{
    for (const auto &e : registry.all())
        m_exercise->addItem(e->displayName(), e->id());
    auto *exerciseLabel = new QLabel(tr("&Exercise:"), this);
    exerciseLabel->setBuddy(m_exercise);
    m_which->addItem(tr("Result per session"));
    m_which->addItem(tr("Training level"));
    auto *save = new QPushButton(tr("Save &chart…"), this);
    save->setShortcut(QKeySequence::Save);
    save->setToolTip(tr("Save the chosen chart as PNG or SVG (%1)")
                         .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    auto *details = new QPushButton(tr("Session &details…"), this);
    connect(details, &QPushButton::clicked, this, [this] {
        const Exercise *exercise = m_registry.find(m_exercise->currentData().toString());
        if (!exercise)
            return;
        ProgressModel progress(m_db, *exercise);
        if (auto loaded = progress.load(m_participant.id); !loaded) {
            QMessageBox::warning(this, tr("Session details"), loaded.error().message());
            return;
        }
        SessionDetailDialog dialog(m_db, progress, this);
        dialog.exec();
    });
    auto *back = new QPushButton(tr("&Back"), this);
    back->setShortcut(Qt::Key_Escape);
    connect(back, &QPushButton::clicked, this, &ProgressPage::backRequested);
    connect(save, &QPushButton::clicked, this, &ProgressPage::exportChart);
    connect(m_exercise, &QComboBox::currentIndexChanged, this, &ProgressPage::rebuild);

    QFont heading = m_heading->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.4);
    heading.setBold(true);
    m_heading->setFont(heading);
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(exerciseLabel);
    top->addWidget(m_exercise);
    top->addWidget(m_which);
    top->addWidget(save);
    top->addWidget(details);
    top->addWidget(back);

    for (QChartView *view : {m_measureView, m_levelView}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(200);
    }
    m_notes->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_measureView, 1);
    layout->addWidget(m_levelView, 1);
    layout->addWidget(m_notes);
}

QChart *ProgressPage::measureChart() const
{
    return m_measureView->chart();
}

QChart *ProgressPage::levelChart() const
{
    return m_levelView->chart();
}

void ProgressPage::setParticipant(const Participant &participant)
{
    m_participant = participant;
    m_heading->setText(tr("Progress of %1").arg(participant.code));
    rebuild();
}

bool ProgressPage::setExercise(const QString &exerciseId)
{
    const int index = m_exercise->findData(exerciseId);
    if (index < 0)
        return false;
    if (index == m_exercise->currentIndex())
        rebuild();
    m_exercise->setCurrentIndex(index);
    return true;
}

QString ProgressPage::notes() const
{
    return m_notes->text();
}

void ProgressPage::refresh()
{
    rebuild();
}

void ProgressPage::rebuild()
{
    const Exercise *exercise = m_registry.find(m_exercise->currentData().toString());
    if (!exercise || m_participant.id == 0)
        return;
    ProgressModel model(m_db, *exercise);
    if (auto loaded = model.load(m_participant.id); !loaded) {
        m_notes->setText(loaded.error().message());
        return;
    }
    const auto &points = model.points();
    const QString title =
        points.empty() ? QString() : withUnit(points.back().label, points.back().unit);
    const QColor assessmentColour(0x00, 0x72, 0xB2), trainingColour(0xE6, 0x9F, 0x00);
    QStringList notes;

    // The key measure per session.
    auto *chart = new QChart;
    chart->setTitle(title);
    auto *assessment = new QScatterSeries;
    assessment->setName(tr("Assessment"));
    assessment->setColor(assessmentColour);
    assessment->setMarkerSize(11);
    auto *training = new QScatterSeries;
    training->setName(tr("Training"));
    training->setColor(trainingColour);
    training->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    training->setMarkerSize(10);
    chart->addSeries(assessment);
    chart->addSeries(training);
    double low = INFINITY, high = -INFINITY;
    const ProgressModel::Point *baseline = nullptr;
    QStringList missing;
    QStringList elsewhere;
    for (const auto &p : points) {
        if (!model.charted(p)) {
            if (p.ok)
                elsewhere << tr("session %1: %2 = %3")
                                 .arg(p.number)
                                 .arg(p.label, ProgressModel::text(p.value));
            continue;
        }
        if (!p.ok) {
            missing << QString::number(p.number);
            continue;
        }
        const bool isAssessment = p.mode == SessionMode::Assessment;
        (isAssessment ? assessment : training)->append(p.number, p.value);
        errorBar(chart, p.number, p.low, p.high, isAssessment ? assessmentColour : trainingColour);
        low = std::min(low, p.low);
        high = std::max(high, p.high);
        if (!baseline)
            baseline = &p;
    }
    const int n = points.empty() ? 0 : points.back().number;
    if (baseline) {
        auto *line = new QLineSeries;
        line->setName(tr("First session"));
        line->setPen(QPen(Qt::gray, 1.5, Qt::DashLine));
        line->append(0.5, baseline->value);
        line->append(n + 1.5, baseline->value);
        chart->addSeries(line);
    }
    const auto forecast = model.forecast();
    if (forecast.ok) {
        auto *upper = new QLineSeries, *lower = new QLineSeries;
        upper->append(n + 0.7, forecast.high);
        upper->append(n + 1.3, forecast.high);
        lower->append(n + 0.7, forecast.low);
        lower->append(n + 1.3, forecast.low);
        auto *band = new QAreaSeries(upper, lower);
        band->setName(tr("Forecast for the next session (95 %)"));
        band->setColor(QColor(0x00, 0x9E, 0x73, 70));
        band->setBorderColor(QColor(0x00, 0x9E, 0x73));
        chart->addSeries(band);
        auto *point = new QScatterSeries;
        point->append(n + 1, forecast.value);
        point->setColor(QColor(0x00, 0x9E, 0x73));
        point->setMarkerSize(9);
        chart->addSeries(point);
        hideFromLegend(chart, point);
        low = std::min(low, forecast.low);
        high = std::max(high, forecast.high);
    } else if (!points.empty()) {
        notes << tr("No forecast yet: %1.").arg(forecast.reason);
    }
    chart->createDefaultAxes();
    auto *x = qobject_cast<QValueAxis *>(chart->axes(Qt::Horizontal).value(0));
    auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0));
    if (x && y) {
        sessionAxis(x, n);
        if (std::isfinite(low) && std::isfinite(high)) {
            // Padded, but not past what the measure can be (a rate stays within 0–1).
            const double pad = std::max(1e-6, (high - low) * 0.1);
            y->setRange(std::max(low - pad, points.back().lowest),
                        std::min(high + pad, points.back().highest));
        }
        y->setTitleText(points.empty() ? QString() : points.back().unit);
    }
    if (points.empty())
        chart->setTitle(tr("No completed session of this exercise yet"));
    QChart *old = m_measureView->chart();
    m_measureView->setChart(chart);
    delete old;

    if (!elsewhere.isEmpty())
        notes << tr("Not in the chart, because they measure something else: %1.")
                     .arg(elsewhere.join(QStringLiteral("; ")));
    if (!missing.isEmpty())
        notes << tr("Sessions %1: not enough trials for a result.").arg(missing.join(u", "));
    if (points.size() > 1 && baseline && baseline != &points.back()) {
        notes << (model.changeBeyondError()
                      ? tr("The change since the first session is larger than the measurement "
                           "error.")
                      : tr("The change since the first session is within the measurement error: "
                           "it may be practice or chance."));
    }

    // The training level reached per session, and the model's expectation for the next one.
    auto *levels = new QChart;
    levels->setTitle(tr("Training: level reached (0 easiest, 1 hardest) and accuracy"));
    auto *line = new QLineSeries;
    line->setName(tr("Level at the end of the session"));
    line->setPointsVisible(true);
    line->setColor(trainingColour);
    for (const auto &p : points)
        if (p.level >= 0.0)
            line->append(p.number, p.level);
    // Accuracy of each training session against the band the controller aims for.
    const double target = exercise->defaultParameters(SessionMode::Training)
                              .value(QStringLiteral("target_accuracy"))
                              .toDouble(adaptive::kTargetAccuracy);
    auto *bandTop = new QLineSeries, *bandBottom = new QLineSeries;
    bandTop->append(0.5, target + 0.05);
    bandTop->append(n + 1.5, target + 0.05);
    bandBottom->append(0.5, target - 0.05);
    bandBottom->append(n + 1.5, target - 0.05);
    auto *band = new QAreaSeries(bandTop, bandBottom);
    band->setName(tr("Target accuracy %1 ± 5 %").arg(std::lround(100 * target)));
    band->setColor(QColor(0x00, 0x9E, 0x73, 50));
    band->setBorderColor(QColor(0x00, 0x9E, 0x73, 120));
    levels->addSeries(band);
    auto *accuracy = new QLineSeries;
    // Where the level adapts on some trials only (the SART's no-go trials), so does the accuracy
    // that the band is about.
    const auto lastTraining = std::find_if(points.rbegin(), points.rend(), [](const auto &p) {
        return p.mode == SessionMode::Training;
    });
    const QStringList adaptedOn =
        lastTraining == points.rend() ? QStringList() : lastTraining->adaptedOn;
    accuracy->setName(adaptedOn.isEmpty()
                          ? tr("Accuracy")
                          : tr("Accuracy on %1 trials").arg(adaptedOn.join(QLatin1Char('/'))));
    accuracy->setPointsVisible(true);
    accuracy->setColor(QColor(0x00, 0x72, 0xB2));
    for (const auto &p : points)
        if (p.level >= 0.0 && p.accuracy >= 0.0)
            accuracy->append(p.number, p.accuracy);
    levels->addSeries(line);
    levels->addSeries(accuracy);
    levels->createDefaultAxes();
    if (auto *lx = qobject_cast<QValueAxis *>(levels->axes(Qt::Horizontal).value(0)))
        sessionAxis(lx, n);
    if (auto *ly = qobject_cast<QValueAxis *>(levels->axes(Qt::Vertical).value(0))) {
        ly->setRange(0.0, 1.0);
        ly->setTruncateLabels(false);
    }
    old = m_levelView->chart();
    m_levelView->setChart(levels);
    delete old;

    // The attention model's forecast: the accuracy it expects where the next session starts.
    if (auto training =
            AdaptiveTraining::load(m_db, m_participant.id, exercise->id(),
                                   exercise->defaultParameters(SessionMode::Training), 0, 1);
        training && training.value()->trialsSeen() > 0) {
        const auto next = training.value()->next();
        const double lowP = std::max(0.0, next.predictedCorrect - next.uncertainty);
        const double highP = std::min(1.0, next.predictedCorrect + next.uncertainty);
        auto *forecastPoint = new QScatterSeries;
        forecastPoint->setName(tr("Model forecast of accuracy"));
        forecastPoint->setColor(QColor(0x00, 0x9E, 0x73));
        forecastPoint->setMarkerSize(9);
        forecastPoint->append(n + 1, next.predictedCorrect);
        auto *bar = new QLineSeries;
        bar->append(n + 1, lowP);
        bar->append(n + 1, highP);
        bar->setPen(QPen(QColor(0x00, 0x9E, 0x73), 3));
        for (QXYSeries *series :
             {static_cast<QXYSeries *>(forecastPoint), static_cast<QXYSeries *>(bar)}) {
            levels->addSeries(series);
            series->attachAxis(levels->axes(Qt::Horizontal).value(0));
            series->attachAxis(levels->axes(Qt::Vertical).value(0));
        }
        hideFromLegend(levels, bar);
        const QString expected = QLocale().toString(100.0 * next.predictedCorrect, 'f', 0);
        const QString low = QLocale().toString(100.0 * lowP, 'f', 0);
        const QString high = QLocale().toString(100.0 * highP, 'f', 0);
        const QString level = QLocale().toString(next.level, 'f', 2);
        notes << (adaptedOn.isEmpty()
                      ? tr("Next training session starts at level %1, where the attention model "
                           "expects %2 % correct (from %4 to %5 %; it has learnt from %3 of this "
                           "person's trials).")
                            .arg(level, expected)
                            .arg(training.value()->trialsSeen())
                            .arg(low, high)
                      : tr("Next training session starts at level %1, where the attention model "
                           "expects %2 % correct on %6 trials (from %4 to %5 %; it has learnt "
                           "from %3 of this person's %6 trials).")
                            .arg(level, expected)
                            .arg(training.value()->trialsSeen())
                            .arg(low, high, adaptedOn.join(QLatin1Char('/'))));
    }
    m_notes->setText(notes.join(u'\n'));
}

bool ProgressPage::saveChart(int which, const QString &path) const
{
    QChartView *view = which == 0 ? m_measureView : m_levelView;
    if (!path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive))
        return view->grab().save(path, "PNG");
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(view->size());
    svg.setViewBox(view->rect());
    svg.setTitle(view->chart()->title());
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    view->render(&painter);
    return painter.end() && QFileInfo(path).size() > 0;
}

void ProgressPage::exportChart()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save chart"),
        QStringLiteral("%1-%2.png").arg(m_participant.code, m_exercise->currentData().toString()),
        tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    const bool ok = saveChart(m_which->currentIndex(), path);
    if (!ok)
        QMessageBox::warning(this, tr("Save chart"),
                             tr("The chart could not be written to %1. Is the folder writable "
                                "and is there space on the disk?")
                                 .arg(path));
}

} // namespace attend
