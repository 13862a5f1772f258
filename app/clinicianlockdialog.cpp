#include "clinicianlockdialog.h"

#include "growtofit.h"

#include "clinicianlock.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace attend {

ClinicianLockDialog::ClinicianLockDialog(ClinicianLock &lock, QWidget *parent)
    : QDialog(parent), m_lock(lock), m_current(new QLineEdit(this)), m_next(new QLineEdit(this)),
      m_repeat(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Clinician lock"));
    for (QLineEdit *edit : {m_current, m_next, m_repeat})
        edit->setEchoMode(QLineEdit::Password);
    auto *intro = new QLabel(
        tr("A passphrase guards participant management, exports and reports on this computer. "
           "It is stored only as an Argon2id hash. Leave the new passphrase empty to remove the "
           "lock."),
        this);
    intro->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a4262c;"));
    auto *form = new QFormLayout;
    if (lock.enabled())
        form->addRow(tr("&Current passphrase:"), m_current);
    else
        m_current->hide();
    form->addRow(tr("&New passphrase:"), m_next);
    form->addRow(tr("&Repeat it:"), m_repeat);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ClinicianLockDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    // Wide enough for a problem to wrap sensibly; it grows to show one in full (growToFit).
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);
}

void ClinicianLockDialog::apply()
{
    if (m_next->text() != m_repeat->text()) {
        m_problem->setText(tr("The two new passphrases differ."));
        growToFit(this);
        return;
    }
    const auto outcome = m_lock.change(m_current->text(), m_next->text());
    if (outcome != ClinicianLock::Outcome::Unlocked) {
        m_problem->setText(m_lock.message(outcome));
        growToFit(this);
        return;
    }
    accept();
}

bool ClinicianLockDialog::allow(ClinicianLock &lock, QWidget *parent)
{
    if (lock.unlocked())
        return true;
    bool ok = false;
    const QString passphrase = QInputDialog::getText(parent, tr("Clinician lock"),
                                                     tr("This needs the clinician passphrase:"),
                                                     QLineEdit::Password, QString(), &ok);
    if (!ok)
        return false;
    const auto outcome = lock.unlock(passphrase);
    if (outcome == ClinicianLock::Outcome::Unlocked)
        return true;
    QMessageBox::warning(parent, tr("Clinician lock"), lock.message(outcome));
    return false;
}

} // namespace attend
