#include "sessiondetaildialog.h"

#include "models/progressmodel.h"
#include "models/sessiondetailmodel.h"
#include "models/sessionmeasuresmodel.h"
#include "sessioncharts.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace attend {

namespace {

void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace

SessionDetailDialog::SessionDetailDialog(Database &db, const ProgressModel &progress,
                                         QWidget *parent)
    : QDialog(parent), m_db(db), m_progress(progress), m_session(new QComboBox(this)),
      m_rt(new QChartView(this)), m_conditions(new QChartView(this)), m_track(new QChartView(this)),
      m_measures(new SessionMeasuresModel(db, progress.exercise(), this)),
      m_measuresView(new QTableView(this)), m_timing(new QLabel(this))
{
    m_timing->setWordWrap(true);
    m_timing->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_measuresView->setModel(m_measures);
    m_measuresView->verticalHeader()->hide();
    m_measuresView->horizontalHeader()->setStretchLastSection(true);
    m_measuresView->setWordWrap(true);
    m_measuresView->setAlternatingRowColors(true);
    setWindowTitle(tr("Session details"));
    for (const auto &p : progress.points()) {
        QString item =
            tr("Session %1 — %2, %3")
                .arg(p.number)
                .arg(QLocale().toString(p.startedAt.toLocalTime(), QLocale::ShortFormat),
                     p.mode == SessionMode::Assessment ? tr("assessment") : tr("training"));
        // Imported trials carry the other tool's RTs and no onsets (docs/import.md).
        if (!p.importedFrom.isEmpty())
            item += tr(", imported from %1").arg(p.importedFrom);
        m_session->addItem(item);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Session:"), m_session);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_measuresView, tr("&Measures"));
    tabs->addTab(m_rt, tr("&Reaction times"));
    tabs->addTab(m_conditions, tr("By &condition"));
    tabs->addTab(m_track, tr("&Difficulty track"));
    for (QChartView *view : {m_rt, m_conditions, m_track})
        view->setRenderHint(QPainter::Antialiasing);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_timing);
    layout->addWidget(buttons);
    connect(m_session, &QComboBox::currentIndexChanged, this, &SessionDetailDialog::showSession);
    resize(900, 600);
    if (m_session->count() > 0) {
        // The last session, loaded here: with one session it is current already, and no
        // signal would come.
        const QSignalBlocker quiet(m_session);
        m_session->setCurrentIndex(m_session->count() - 1);
    }
    showSession(m_session->currentIndex());
}

void SessionDetailDialog::showSession(int row)
{
    if (row < 0 || row >= int(m_progress.points().size()))
        return;
    SessionDetailModel detail(m_db);
    if (!detail.load(m_progress.points()[std::size_t(row)].sessionId))
        return;

    if (!m_measures->load(m_progress.points()[std::size_t(row)].sessionId))
        return;
    m_measuresView->resizeColumnsToContents();
    m_timing->setText(detail.timing());
    replaceChart(m_rt, SessionCharts::rtHistogram(detail));
    replaceChart(m_conditions, SessionCharts::byCondition(detail));
    replaceChart(m_track, SessionCharts::difficultyTrack(detail));
}

} // namespace attend
