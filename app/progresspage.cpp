#include "progresspage.h"

#include "exerciseregistry.h"
#include "models/progresspresenter.h"
#include "progresscharts.h"
#include "sessiondetaildialog.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSvgGenerator>
#include <QVBoxLayout>

namespace attend {

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
        if (progress.points().empty()) {
            QMessageBox::information(
                this, tr("Session details"),
                tr("%1 has no completed session yet.").arg(exercise->displayName()));
            return;
        }
        SessionDetailDialog dialog(m_db, progress, this);
        dialog.setGate(m_gate);
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
        view->setMinimumHeight(260); // room for the axis titles in Chinese too
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
    // It opens on what they did last (after a SART session, the SART), not on the first exercise
    // listed; a database that cannot say shows its message in rebuild().
    const auto latest = ProgressPresenter::latestExercise(m_db, participant.id);
    if (latest && latest.value() && setExercise(*latest.value()))
        return;
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
    auto view = ProgressPresenter::present(m_db, *exercise, m_participant.id);
    if (!view) {
        m_notes->setText(view.error().message());
        return;
    }
    for (auto [chartView, chart] :
         {std::pair{m_measureView, ProgressCharts::measureChart(view.value())},
          std::pair{m_levelView, ProgressCharts::levelChart(view.value())}}) {
        QChart *old = chartView->chart();
        chartView->setChart(chart);
        delete old;
    }
    QStringList notes = view.value().notes;
    if (!view.value().otherMeasures.isEmpty())
        notes.insert(0, view.value().otherMeasures);
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
