#include "participantdialog.h"

#include "growtofit.h"
#include "participantcode.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace attend {

ParticipantDialog::ParticipantDialog(Purpose purpose, QWidget *parent)
    : QDialog(parent), m_code(new QLineEdit(this)), m_name(new QLineEdit(this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(purpose == Purpose::Create ? tr("New participant") : tr("Rename participant"));
    m_code->setMaxLength(ParticipantCode::kMaxLength);
    m_code->setPlaceholderText(tr("e.g. P001"));
    m_code->setReadOnly(purpose == Purpose::Rename);
    m_name->setPlaceholderText(tr("optional, stays on this computer"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a4262c;"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("Display &name:"), m_name);
    auto *hint = new QLabel(tr("The code is the participant's pseudonym in every export. Use "
                               "letters and digits only; do not use real names."),
                            this);
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    // Wide enough for a problem to wrap sensibly; it grows to show one in full (growToFit).
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_code, &QLineEdit::textChanged, this, &ParticipantDialog::validate);
    if (purpose == Purpose::Rename)
        m_name->setFocus();
    validate();
}

void ParticipantDialog::setCode(const QString &code)
{
    m_code->setText(code);
}

void ParticipantDialog::setDisplayName(const QString &name)
{
    m_name->setText(name);
    m_name->selectAll();
}

QString ParticipantDialog::code() const
{
    return m_code->text().trimmed();
}

QString ParticipantDialog::displayName() const
{
    return m_name->text().trimmed();
}

void ParticipantDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    growToFit(this);
}

void ParticipantDialog::validate()
{
    // An empty field is not an error yet: say nothing until something is typed.
    const QString problem = code().isEmpty() ? QString() : ParticipantCode::problem(code());
    m_problem->setText(problem);
    growToFit(this);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!code().isEmpty() && problem.isEmpty());
}

} // namespace attend
