#pragma once

#include "programme/programme.h"
#include "programme/programmeassignment.h"

#include <QDialog>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;
class QVBoxLayout;

namespace attend {

class ExerciseRegistry;

// Chooses a programme for a participant and, where a clinician wishes, its minutes per day and
// exercises (docs/programme.md).
class ProgrammeDialog : public QDialog
{
    Q_OBJECT
public:
    ProgrammeDialog(std::vector<Programme> programmes, const ExerciseRegistry &registry,
                    QWidget *parent = nullptr);

    // Starts from an existing assignment (its programme, minutes and exercises).
    void setAssignment(const ProgrammeAssignment &assignment);
    // assignedAt: the original's for the same programme, else now.
    ProgrammeAssignment assignment() const;
    void selectProgramme(int index);

private:
    void showProgramme(int index);
    void validate();

    std::vector<Programme> m_programmes;
    std::optional<ProgrammeAssignment> m_original;
    const ExerciseRegistry &m_registry;
    QComboBox *m_choice;
    QLabel *m_summary;
    QSpinBox *m_minutes;
    QVBoxLayout *m_exerciseLayout;
    std::vector<std::pair<QString, QCheckBox *>> m_exercises;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace attend
