#include "importdialog.h"

#include "exerciseregistry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace attend {

namespace {

constexpr int kPreviewRows = 20;

// A file field with its Browse… button.
QHBoxLayout *withBrowse(QLineEdit *field, QPushButton *button)
{
    auto *row = new QHBoxLayout;
    row->addWidget(field, 1);
    row->addWidget(button);
    return row;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy); // a row of widgets has no buddy of its own
    return label;
}

} // namespace

ImportDialog::ImportDialog(Database &db, const ExerciseRegistry &registry, QWidget *parent)
    : QDialog(parent), m_db(db), m_registry(registry), m_file(new QLineEdit(this)),
      m_exercise(new QComboBox(this)), m_mapping(new QLineEdit(this)),
      m_participant(new QLineEdit(this)), m_preview(new QTableWidget(this)),
      m_summary(new QLabel(this)), m_problems(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Import trials"));
    // Names for tests and accessibility tools.
    const std::pair<QWidget *, const char *> named[] = {
        {m_file, "file"},        {m_exercise, "exercise"},
        {m_mapping, "mapping"},  {m_participant, "participant"},
        {m_preview, "preview"},  {m_summary, "summary"},
        {m_problems, "problems"}};
    for (const auto &[widget, name] : named)
        widget->setObjectName(QString::fromLatin1(name));
    m_exercise->addItem(tr("Attend's own trials.csv (any exercise)"), QString());
    for (const auto &e : registry.all())
        if (!e->importFields().empty())
            m_exercise->addItem(e->displayName(), e->id());
    m_mapping->setPlaceholderText(tr("needed for files from other tools (docs/import.md)"));
    m_participant->setPlaceholderText(tr("optional: store every row under this code"));
    m_preview->setColumnCount(7);
    m_preview->setHorizontalHeaderLabels({tr("Participant"), tr("Session"), tr("Block"),
                                          tr("Trial"), tr("Condition"), tr("Correct"),
                                          tr("RT (ms)")});
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_summary->setWordWrap(true);
    m_problems->setReadOnly(true);
    m_problems->setMaximumBlockCount(200);

    auto *browseFile = new QPushButton(tr("&Browse…"), this);
    connect(browseFile, &QPushButton::clicked, this, [this] {
        browse(m_file, tr("File to import"), tr("Tables (*.csv *.tsv *.txt);;All files (*)"));
    });
    auto *browseMapping = new QPushButton(tr("B&rowse…"), this);
    connect(browseMapping, &QPushButton::clicked, this, [this] {
        browse(m_mapping, tr("Mapping file"), tr("Mappings (*.json);;All files (*)"));
    });
    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("&File:"), m_file), withBrowse(m_file, browseFile));
    form->addRow(tr("E&xercise:"), m_exercise);
    form->addRow(buddyLabel(tr("&Mapping:"), m_mapping), withBrowse(m_mapping, browseMapping));
    form->addRow(tr("P&articipant:"), m_participant);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *check = buttons->addButton(tr("&Preview"), QDialogButtonBox::ActionRole);
    auto *run = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    run->setDefault(true);
    connect(check, &QPushButton::clicked, this, [this] { preview(); });
    connect(run, &QPushButton::clicked, this, &ImportDialog::importNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 2);
    layout->addWidget(new QLabel(tr("Problems found:"), this));
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);
    resize(760, 620);
}

TrialImport::Request ImportDialog::request() const
{
    return {m_file->text().trimmed(), m_exercise->currentData().toString(),
            m_mapping->text().trimmed(), m_participant->text().trimmed()};
}

void ImportDialog::browse(QLineEdit *field, const QString &title, const QString &filter)
{
    const QString chosen = QFileDialog::getOpenFileName(this, title, field->text(), filter);
    if (!chosen.isEmpty())
        field->setText(chosen);
}

void ImportDialog::showError(const QString &message)
{
    m_preview->setRowCount(0);
    m_summary->setText(tr("Nothing can be imported from this file."));
    m_problems->setPlainText(message);
}

void ImportDialog::showPlan(const ImportPlan &plan)
{
    int trials = 0;
    m_preview->setRowCount(0);
    for (const PlannedSession &s : plan.sessions)
        for (const TrialRecord &t : s.trials) {
            if (++trials > kPreviewRows)
                continue;
            const int row = m_preview->rowCount();
            m_preview->insertRow(row);
            const QStringList cells = {s.participant,
                                       s.label,
                                       QString::number(t.block),
                                       QString::number(t.index),
                                       QString::fromStdString(t.condition),
                                       t.correct ? tr("yes") : tr("no"),
                                       t.rtMs() ? QLocale().toString(*t.rtMs(), 'f', 1)
                                                : QString()};
            for (int c = 0; c < cells.size(); ++c)
                m_preview->setItem(row, c, new QTableWidgetItem(cells[c]));
        }
    m_summary->setText(tr("%1 rows (%2 left out by the mapping) make %3 sessions and %4 trials; "
                          "%5 problems. The first %6 trials as they would be stored:")
                           .arg(plan.rows)
                           .arg(plan.skipped)
                           .arg(plan.sessions.size())
                           .arg(trials)
                           .arg(plan.problems.size())
                           .arg(std::min(trials, kPreviewRows)));
    m_problems->setPlainText(plan.problems.isEmpty() ? tr("None.")
                                                     : plan.problems.join(QLatin1Char('\n')));
}

std::optional<ImportPlan> ImportDialog::preview()
{
    if (request().file.isEmpty()) {
        showError(tr("Choose the file to import."));
        return std::nullopt;
    }
    auto plan = TrialImport::read(request(), m_registry);
    if (!plan) {
        showError(plan.error().message());
        return std::nullopt;
    }
    showPlan(plan.value());
    return plan.value();
}

void ImportDialog::importNow()
{
    const auto plan = preview();
    if (!plan || !plan->problems.isEmpty())
        return; // the problems are on show
    QProgressDialog progress(tr("Computing the measures of the imported sessions…"), tr("Cancel"),
                             0, int(plan->sessions.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    auto stored = TrialImport::store(m_db, m_registry, *plan, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    progress.close();
    if (!stored) {
        m_summary->setText(tr("Nothing was imported."));
        m_problems->setPlainText(stored.error().message());
        return;
    }
    m_outcome = stored.value();
    accept();
}

} // namespace attend
