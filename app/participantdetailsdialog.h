#pragma once

#include "storage/participant.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;
class QSpinBox;

namespace attend {

// The details a clinician may record about a participant — notes, birth year, handedness,
// vision correction — each optional ("not recorded"). Kept on this computer; exported only
// with display names.
class ParticipantDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    ParticipantDetailsDialog(const QString &code, const ParticipantDetails &details,
                             QWidget *parent = nullptr);

    ParticipantDetails details() const;

private:
    QPlainTextEdit *m_notes;
    QSpinBox *m_birthYear;
    QComboBox *m_handedness;
    QComboBox *m_vision;
};

} // namespace attend
