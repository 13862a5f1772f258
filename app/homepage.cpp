#include "homepage.h"

#include "datetext.h"
#include "exerciseregistry.h"
#include "models/todaypresenter.h"
#include "storage/database.h"
#include "storage/sessionrepository.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace attend {

namespace {

QString statusText(SessionStatus status)
{
    switch (status) {
    case SessionStatus::Running:
        return HomePage::tr("unfinished");
    case SessionStatus::Completed:
        return HomePage::tr("completed");
    case SessionStatus::Aborted:
        return HomePage::tr("stopped early");
    case SessionStatus::Interrupted:
        return HomePage::tr("interrupted");
    }
    return {};
}

} // namespace

HomePage::HomePage(Database &db, const ExerciseRegistry &registry, QWidget *parent)
    : QWidget(parent), m_db(db), m_registry(registry), m_heading(new QLabel(this)),
      m_plan(new QGroupBox(this)), m_planStatus(new QLabel(m_plan)),
      m_planItems(new QLabel(m_plan)), m_planStreak(new QLabel(m_plan)),
      m_startPlan(new QPushButton(tr("&Start today's plan"), m_plan)),
      m_programme(new QPushButton(m_plan)), m_tiles(new QWidget(this)),
      m_tileLayout(new QVBoxLayout(m_tiles))
{
    m_plan->setObjectName(QStringLiteral("todayPlan"));
    m_planStatus->setObjectName(QStringLiteral("planStatus"));
    m_startPlan->setObjectName(QStringLiteral("startPlan"));
    m_planItems->setObjectName(QStringLiteral("planItems"));
    for (QLabel *label : {m_planStatus, m_planItems, m_planStreak}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    QFont bold = m_planStatus->font();
    bold.setBold(true);
    m_planStatus->setFont(bold);
    m_startPlan->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_startPlan->setToolTip(tr("Runs today's sessions in order, with a break between them "
                               "(Ctrl+Enter)."));
    connect(m_startPlan, &QPushButton::clicked, this, &HomePage::planStartRequested);
    connect(m_programme, &QPushButton::clicked, this, &HomePage::programmeRequested);
    auto *planButtons = new QHBoxLayout;
    planButtons->addWidget(m_startPlan);
    planButtons->addStretch();
    planButtons->addWidget(m_programme);
    auto *planLayout = new QVBoxLayout(m_plan);
    planLayout->addWidget(m_planStatus);
    planLayout->addWidget(m_planItems);
    planLayout->addWidget(m_planStreak);
    planLayout->addLayout(planButtons);

    auto *back = new QPushButton(tr("&Switch participant"), this);
    connect(back, &QPushButton::clicked, this, &HomePage::switchParticipantRequested);

    auto *progress = new QPushButton(tr("Pro&gress…"), this);
    connect(progress, &QPushButton::clicked, this, &HomePage::progressRequested);

    auto *details = new QPushButton(tr("&Details…"), this);
    details->setToolTip(tr("Notes, birth year, handedness and vision (for the clinician)"));
    connect(details, &QPushButton::clicked, this, &HomePage::detailsRequested);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(details);
    top->addWidget(progress);
    top->addWidget(back);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_tiles);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_plan);
    layout->addWidget(
        new QLabel(tr("<b>All exercises</b> (a free choice, outside the programme)"), this));
    layout->addWidget(scroll, 1);
}

void HomePage::setParticipant(const Participant &participant)
{
    m_participant = participant;
    m_heading->setText(
        participant.displayName.isEmpty()
            ? tr("<h2>%1</h2>").arg(participant.code.toHtmlEscaped())
            : tr("<h2>%1 — %2</h2>")
                  .arg(participant.code.toHtmlEscaped(), participant.displayName.toHtmlEscaped()));
    refresh();
}

bool HomePage::refreshPlan()
{
    auto view = TodayPresenter::present(m_db, m_registry, m_participant.id, today());
    const bool planned = view && view.value();
    const bool work = planned && view.value()->plan.next().has_value();
    m_planItems->setVisible(planned);
    m_planStreak->setVisible(planned);
    m_startPlan->setVisible(work);
    m_programme->setText(planned ? tr("&Programme…") : tr("Choose a &programme…"));
    if (!view) {
        m_plan->setTitle(tr("Today"));
        m_planStatus->setText(view.error().message());
        return false;
    }
    if (!planned) {
        m_plan->setTitle(tr("Today"));
        m_planStatus->setText(tr("No programme yet. A programme plans each day: which exercises, "
                                 "for how long, and when to assess."));
        return true;
    }
    const TodayPresenter::View &v = *view.value();
    m_plan->setTitle(v.title);
    m_planStatus->setText(v.status);
    const QStringList lines = v.items.isEmpty() ? v.changes : v.items;
    m_planItems->setText(lines.join(QLatin1Char('\n')));
    m_planItems->setVisible(!lines.isEmpty());
    m_planStreak->setText(v.returning.isEmpty() ? v.streak : v.returning + u' ' + v.streak);
    if (work)
        m_startPlan->setFocus();
    return true;
}

// A database that cannot be read is named once, above the exercises, not on every exercise.
void HomePage::refresh()
{
    const bool planRead = refreshPlan();
    std::optional<QString> problem;
    while (QLayoutItem *item = m_tileLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (m_registry.all().empty()) {
        auto *none =
            new QLabel(tr("No exercises are installed in this version of Attend."), m_tiles);
        none->setObjectName(QStringLiteral("noExercises"));
        none->setAlignment(Qt::AlignCenter);
        none->setWordWrap(true);
        m_tileLayout->addWidget(none);
    }
    for (const auto &exercise : m_registry.all()) {
        auto *tile = new QGroupBox(exercise->displayName(), m_tiles);
        tile->setObjectName(QStringLiteral("tile-%1").arg(exercise->id()));
        auto *description = new QLabel(exercise->description(), tile);
        description->setWordWrap(true);
        const auto text = lastSessionText(exercise->id());
        if (!text && !problem)
            problem = text.error().message();
        auto *last = new QLabel(text ? text.value() : tr("Last session: could not be read."), tile);
        last->setObjectName(QStringLiteral("lastSession"));
        auto *assessment = new QPushButton(tr("Assessment"), tile);
        auto *training = new QPushButton(tr("Training"), tile);
        const QString id = exercise->id();
        connect(assessment, &QPushButton::clicked, this,
                [this, id] { Q_EMIT startRequested(id, SessionMode::Assessment); });
        connect(training, &QPushButton::clicked, this,
                [this, id] { Q_EMIT startRequested(id, SessionMode::Training); });
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(last, 1);
        buttons->addWidget(assessment);
        buttons->addWidget(training);
        auto *tileLayout = new QVBoxLayout(tile);
        tileLayout->addWidget(description);
        tileLayout->addLayout(buttons);
        m_tileLayout->addWidget(tile);
    }
    m_tileLayout->addStretch();
    if (problem && planRead)
        m_planStatus->setText(*problem);
}

Result<QString> HomePage::lastSessionText(const QString &exerciseId) const
{
    auto latest = SessionRepository(m_db).latest(m_participant.id, exerciseId);
    if (!latest)
        return latest.error();
    if (!latest.value())
        return tr("Not started yet.");
    const SessionInfo &s = *latest.value();
    const QString when = dateText(s.startedAt);
    const QString mode = s.mode == SessionMode::Assessment ? tr("assessment") : tr("training");
    return tr("Last session: %1 on %2, %3. Trials recorded: %4.")
        .arg(mode, when, statusText(s.status))
        .arg(s.trialCount);
}

} // namespace attend
