#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace attend {

class ClinicianLock;

// Sets, changes or removes the clinician lock's passphrase (the current one is asked for when a
// lock is set; leaving the new one empty removes the lock).
class ClinicianLockDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ClinicianLockDialog(ClinicianLock &lock, QWidget *parent = nullptr);

    // Asks for the passphrase when the lock is set and not yet opened in this run; true when
    // the guarded action may go ahead.
    static bool allow(ClinicianLock &lock, QWidget *parent);

private:
    void apply();

    ClinicianLock &m_lock;
    QLineEdit *m_current;
    QLineEdit *m_next;
    QLineEdit *m_repeat;
    QLabel *m_problem;
};

} // namespace attend
