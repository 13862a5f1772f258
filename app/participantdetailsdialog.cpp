#include "participantdetailsdialog.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace attend {

namespace {

// The stored values and their labels, the first "not recorded" (stored as empty).
void fill(QComboBox *box, const std::vector<std::pair<QString, QString>> &choices,
          const QString &current)
{
    for (const auto &[value, label] : choices)
        box->addItem(label, value);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

} // namespace

ParticipantDetailsDialog::ParticipantDetailsDialog(const QString &code,
                                                   const ParticipantDetails &details,
                                                   QWidget *parent)
    : QDialog(parent), m_notes(new QPlainTextEdit(this)), m_birthYear(new QSpinBox(this)),
      m_handedness(new QComboBox(this)), m_vision(new QComboBox(this))
{
    setWindowTitle(tr("Details of %1").arg(code));
    m_notes->setPlainText(details.notes);
    m_notes->setTabChangesFocus(true);
    // The spin box's lowest value stands for "not recorded".
    m_birthYear->setRange(1899, QDate::currentDate().year());
    m_birthYear->setSpecialValueText(tr("not recorded"));
    m_birthYear->setValue(details.birthYear.value_or(1899));
    fill(m_handedness,
         {{QString(), tr("not recorded")},
          {QStringLiteral("right"), tr("right")},
          {QStringLiteral("left"), tr("left")},
          {QStringLiteral("ambidextrous"), tr("ambidextrous")}},
         details.handedness);
    fill(m_vision,
         {{QString(), tr("not recorded")},
          {QStringLiteral("none"), tr("no correction")},
          {QStringLiteral("glasses"), tr("glasses")},
          {QStringLiteral("contact-lenses"), tr("contact lenses")}},
         details.vision);

    auto *form = new QFormLayout;
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(tr("&Birth year:"), m_birthYear);
    form->addRow(tr("&Handedness:"), m_handedness);
    form->addRow(tr("&Vision:"), m_vision);
    auto *hint = new QLabel(tr("Record only what you need. These details stay on this computer "
                               "and are exported only together with display names."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(520, 380);
}

ParticipantDetails ParticipantDetailsDialog::details() const
{
    ParticipantDetails d;
    d.notes = m_notes->toPlainText();
    if (m_birthYear->value() != m_birthYear->minimum())
        d.birthYear = m_birthYear->value();
    d.handedness = m_handedness->currentData().toString();
    d.vision = m_vision->currentData().toString();
    return d;
}

} // namespace attend
