#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace attend {

// Asks for a new participant's code and display name, or a new display name for an existing one.
class ParticipantDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose { Create, Rename };

    ParticipantDialog(Purpose purpose, QWidget *parent = nullptr);

    void setCode(const QString &code);
    void setDisplayName(const QString &name);
    QString code() const;
    QString displayName() const;
    // Shows a problem reported after OK (e.g. a code already taken) without closing.
    void showProblem(const QString &message);

private:
    void validate();

    QLineEdit *m_code;
    QLineEdit *m_name;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace attend
