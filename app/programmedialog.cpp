#include "programmedialog.h"

#include "exerciseregistry.h"
#include "growtofit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace attend {

ProgrammeDialog::ProgrammeDialog(std::vector<Programme> programmes,
                                 const ExerciseRegistry &registry, QWidget *parent)
    : QDialog(parent), m_programmes(std::move(programmes)), m_registry(registry),
      m_choice(new QComboBox(this)), m_summary(new QLabel(this)), m_minutes(new QSpinBox(this)),
      m_exerciseLayout(nullptr), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Training programme"));
    for (const Programme &p : m_programmes)
        m_choice->addItem(p.name());
    m_summary->setWordWrap(true);
    m_minutes->setRange(10, 120); // the bounds a programme file may use, from ten minutes
    m_minutes->setSuffix(tr(" minutes"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *exercises = new QGroupBox(tr("Exercises"), this);
    m_exerciseLayout = new QVBoxLayout(exercises);
    auto *form = new QFormLayout;
    form->addRow(tr("&Programme:"), m_choice);
    form->addRow(QString(), m_summary);
    form->addRow(tr("&Minutes per day:"), m_minutes);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(exercises);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_choice, &QComboBox::currentIndexChanged, this, &ProgrammeDialog::showProgramme);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showProgramme(m_choice->currentIndex());
}

void ProgrammeDialog::selectProgramme(int index)
{
    m_choice->setCurrentIndex(index);
}

void ProgrammeDialog::showProgramme(int index)
{
    for (auto &[id, box] : m_exercises)
        delete box;
    m_exercises.clear();
    if (index < 0 || index >= int(m_programmes.size()))
        return validate();
    const Programme &p = m_programmes[std::size_t(index)];
    m_summary->setText(p.summary());
    m_minutes->setValue(p.minutesPerDay());
    for (const QString &id : p.exercises()) {
        const Exercise *exercise = m_registry.find(id);
        auto *box = new QCheckBox(exercise ? exercise->displayName() : id, this);
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, &ProgrammeDialog::validate);
        m_exerciseLayout->addWidget(box);
        m_exercises.emplace_back(id, box);
    }
    validate();
}

void ProgrammeDialog::setAssignment(const ProgrammeAssignment &assignment)
{
    m_original = assignment;
    for (std::size_t i = 0; i < m_programmes.size(); ++i)
        if (m_programmes[i].id() == assignment.programmeId)
            m_choice->setCurrentIndex(int(i));
    m_minutes->setValue(assignment.minutesPerDay);
    for (auto &[id, box] : m_exercises)
        box->setChecked(assignment.exercises.isEmpty() || assignment.exercises.contains(id));
}

ProgrammeAssignment ProgrammeDialog::assignment() const
{
    ProgrammeAssignment a;
    const int index = m_choice->currentIndex();
    if (index >= 0 && index < int(m_programmes.size()))
        a.programmeId = m_programmes[std::size_t(index)].id();
    a.minutesPerDay = m_minutes->value();
    for (const auto &[id, box] : m_exercises)
        if (box->isChecked())
            a.exercises << id;
    // Changing the minutes or exercises goes on with the same programme; another programme
    // starts from its baseline.
    a.assignedAt = m_original && m_original->programmeId == a.programmeId
                       ? m_original->assignedAt
                       : QDateTime::currentDateTimeUtc();
    return a;
}

void ProgrammeDialog::validate()
{
    const bool any = std::any_of(m_exercises.begin(), m_exercises.end(),
                                 [](const auto &e) { return e.second->isChecked(); });
    m_problem->setText(m_programmes.empty()
                           ? tr("This version of Attend has no programme for its exercises.")
                           : tr("Choose at least one exercise."));
    m_problem->setVisible(!any);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(any);
    growToFit(this);
}

} // namespace attend
