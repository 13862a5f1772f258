#include "sessiondetaildialog.h"

#include "datetext.h"
#include "models/progressmodel.h"
#include "models/sessiondetailmodel.h"
#include "models/sessionmeasuresmodel.h"
#include "sessioncharts.h"
#include "storage/sessionrepository.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
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
      m_measuresView(new QTableView(this)), m_timing(new QLabel(this)),
      m_notes(new QPlainTextEdit(this)), m_openNotes(new QPushButton(tr("Show the &notes…"), this)),
      m_saveNotes(new QPushButton(tr("Sa&ve notes"), this))
{
    m_timing->setWordWrap(true);
    m_timing->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setWindowTitle(tr("Session details"));
    for (const auto &p : progress.points()) {
        QString item =
            tr("Session %1 — %2, %3")
                .arg(p.number)
                .arg(dateText(p.startedAt),
                     p.mode == SessionMode::Assessment ? tr("assessment") : tr("training"));
        // Imported trials carry the other tool's RTs and no onsets (docs/import.md).
        if (!p.importedFrom.isEmpty())
            item += tr(", imported from %1").arg(p.importedFrom);
        m_session->addItem(item);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Session:"), m_session);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(measuresPage(), tr("&Measures"));
    // An unspeeded task's times say nothing about the person: no histogram for them.
    if (progress.exercise().speeded())
        tabs->addTab(m_rt, tr("&Reaction times"));
    else
        m_rt->hide();
    tabs->addTab(m_conditions, tr("By &condition"));
    tabs->addTab(m_track, tr("&Difficulty track"));
    // The clinician's notes on the session, behind the clinician lock like names.
    auto *notesPage = new QWidget(this);
    auto *notesLayout = new QVBoxLayout(notesPage);
    auto *notesButtons = new QHBoxLayout;
    notesButtons->addWidget(m_openNotes);
    notesButtons->addStretch();
    notesButtons->addWidget(m_saveNotes);
    notesLayout->addWidget(m_notes, 1);
    notesLayout->addLayout(notesButtons);
    m_notes->setTabChangesFocus(true);
    m_notes->hide();
    m_saveNotes->hide();
    tabs->addTab(notesPage, tr("N&otes"));
    connect(m_openNotes, &QPushButton::clicked, this, &SessionDetailDialog::openNotes);
    connect(m_saveNotes, &QPushButton::clicked, this, &SessionDetailDialog::saveNotes);
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

// The session's measures, and under them what the chosen one is, in words, with its source.
QWidget *SessionDetailDialog::measuresPage()
{
    m_measuresView->setModel(m_measures);
    m_measuresView->verticalHeader()->hide();
    m_measuresView->horizontalHeader()->setStretchLastSection(true);
    m_measuresView->setWordWrap(true);
    m_measuresView->setAlternatingRowColors(true);
    m_measuresView->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *definition = new QLabel(this);
    definition->setWordWrap(true);
    definition->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_measuresView->selectionModel(), &QItemSelectionModel::currentRowChanged, definition,
            [definition](const QModelIndex &current) {
                definition->setText(current.data(SessionMeasuresModel::DefinitionRole).toString());
            });
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_measuresView, 1);
    layout->addWidget(definition);
    return page;
}

void SessionDetailDialog::showSession(int row)
{
    if (row < 0 || row >= int(m_progress.points().size()))
        return;
    keepNotes(); // typed notes are never lost by moving to another session
    SessionDetailModel detail(m_db, m_progress.exercise());
    m_sessionId = m_progress.points()[std::size_t(row)].sessionId;
    if (!detail.load(m_sessionId))
        return;
    if (m_notesOpen) {
        auto stored = SessionRepository(m_db).load(m_sessionId);
        m_notes->setPlainText(stored ? stored.value().notes : QString());
    }

    if (!m_measures->load(m_progress.points()[std::size_t(row)].sessionId))
        return;
    m_measuresView->resizeColumnsToContents();
    m_measuresView->setCurrentIndex(m_measures->index(0, 0)); // its definition shown below
    m_timing->setText(detail.timing());
    replaceChart(m_rt, SessionCharts::rtHistogram(detail));
    replaceChart(m_conditions, SessionCharts::byCondition(detail, m_progress.exercise()));
    replaceChart(m_track, SessionCharts::difficultyTrack(detail));
}

bool SessionDetailDialog::openNotes()
{
    if (!m_notesOpen && m_gate && !m_gate())
        return false;
    auto stored = SessionRepository(m_db).load(m_sessionId);
    if (!stored) {
        QMessageBox::warning(this, tr("Session details"), stored.error().message());
        return false;
    }
    m_notesOpen = true;
    m_notes->setPlainText(stored.value().notes);
    m_notes->show();
    m_saveNotes->show();
    m_openNotes->hide();
    m_notes->setFocus();
    return true;
}

bool SessionDetailDialog::saveNotes()
{
    auto saved = SessionRepository(m_db).setNotes(m_sessionId, m_notes->toPlainText());
    if (!saved)
        QMessageBox::warning(this, tr("Session details"), saved.error().message());
    else
        m_notes->document()->setModified(false);
    return saved.ok();
}

void SessionDetailDialog::keepNotes()
{
    if (m_notesOpen && m_sessionId > 0 && m_notes->document()->isModified())
        saveNotes();
}

void SessionDetailDialog::done(int result)
{
    keepNotes();
    QDialog::done(result);
}

} // namespace attend
