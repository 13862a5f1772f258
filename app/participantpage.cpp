#include "participantpage.h"

#include "models/participantlistmodel.h"
#include "participantdialog.h"
#include "storage/database.h"
#include "storage/participantrepository.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace attend {

ParticipantPage::ParticipantPage(Database &db, const ExerciseRegistry &registry, QWidget *parent)
    : QWidget(parent), m_db(db), m_model(new ParticipantListModel(db, registry, this)),
      m_proxy(new QSortFilterProxyModel(this)), m_filter(new QLineEdit(this)),
      m_list(new QTableView(this)), m_empty(new QLabel(this)),
      m_showArchived(new QCheckBox(tr("Show &archived"), this)),
      m_new(new QPushButton(tr("&New…"), this)), m_rename(new QPushButton(tr("&Rename…"), this)),
      m_archive(new QPushButton(tr("Arc&hive…"), this)), m_open(new QPushButton(tr("&Open"), this))
{
    setUpTable();
    m_filter->setPlaceholderText(tr("Find by code or name"));
    m_filter->setClearButtonEnabled(true);
    m_open->setDefault(true);
    m_empty->setObjectName(QStringLiteral("emptyHint"));
    m_empty->setText(tr("No participants yet. Create the first one with New… (Ctrl+N)."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    auto *title = new QLabel(tr("<h2>Choose a participant</h2>"), this);
    auto *findLabel = new QLabel(tr("&Find:"), this);
    findLabel->setBuddy(m_filter);

    auto *find = new QHBoxLayout;
    find->addWidget(findLabel);
    find->addWidget(m_filter);
    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {m_open, m_new, m_rename, m_archive})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(m_showArchived);
    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_empty);
    listColumn->addWidget(m_list, 1);
    auto *body = new QHBoxLayout;
    body->addLayout(listColumn, 1);
    body->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(find);
    layout->addLayout(body);

    setTabOrder(m_filter, m_list);
    setTabOrder(m_list, m_open);
    setTabOrder(m_open, m_new);
    setTabOrder(m_new, m_rename);
    setTabOrder(m_rename, m_archive);
    setTabOrder(m_archive, m_showArchived);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (!hasSelection() && m_proxy->rowCount() > 0)
            m_list->setCurrentIndex(m_proxy->index(0, 0));
        openSelected();
    });
    connect(m_list, &QTableView::activated, this, &ParticipantPage::openSelected);
    connect(m_new, &QPushButton::clicked, this, &ParticipantPage::createParticipant);
    connect(m_rename, &QPushButton::clicked, this, &ParticipantPage::renameSelected);
    connect(m_archive, &QPushButton::clicked, this, &ParticipantPage::toggleArchiveSelected);
    connect(m_open, &QPushButton::clicked, this, &ParticipantPage::openSelected);
    connect(m_showArchived, &QCheckBox::toggled, this, &ParticipantPage::setShowArchived);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ParticipantPage::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ParticipantPage::updateButtons);

    reload();
    m_filter->setFocus();
}

// The overview: sorted by the raw values, found by code (and name while shown), a row at a time.
void ParticipantPage::setUpTable()
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(ParticipantListModel::Code);
    m_proxy->setFilterRole(ParticipantListModel::SearchRole);
    m_proxy->setSortRole(ParticipantListModel::SortRole);
    m_list->setModel(m_proxy);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(ParticipantListModel::Code, Qt::AscendingOrder);
    m_list->verticalHeader()->hide();
    m_list->setWordWrap(false);
    m_list->setTabKeyNavigation(false); // Tab goes on to the buttons
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(ParticipantListModel::Flags,
                                                     QHeaderView::Stretch);
}

bool ParticipantPage::hasSelection() const
{
    return selected().has_value();
}

bool ParticipantPage::selectionArchived() const
{
    const auto p = selected();
    return p && p->archived;
}

std::optional<Participant> ParticipantPage::selected() const
{
    const QModelIndex current = m_proxy->mapToSource(m_list->currentIndex());
    if (!current.isValid())
        return std::nullopt;
    return m_model->at(current.row());
}

void ParticipantPage::reload()
{
    const auto keep = selected();
    if (auto loaded = m_model->reload(); !loaded)
        showError(loaded.error().message());
    if (keep)
        selectCode(keep->code);
    updateButtons();
}

void ParticipantPage::selectCode(const QString &code)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(ParticipantListModel::CodeRole).toString() == code) {
            m_list->setCurrentIndex(index);
            return;
        }
    }
}

void ParticipantPage::createParticipant()
{
    if (m_gate && !m_gate())
        return;
    ParticipantDialog dialog(ParticipantDialog::Purpose::Create, this);
    while (dialog.exec() == QDialog::Accepted) {
        auto added = ParticipantRepository(m_db).add(dialog.code(), dialog.displayName());
        if (added) {
            m_filter->clear();
            reload();
            selectCode(added.value().code);
            return;
        }
        dialog.showProblem(added.error().message());
    }
}

void ParticipantPage::renameSelected()
{
    if (m_gate && !m_gate())
        return;
    const auto p = selected();
    if (!p)
        return;
    ParticipantDialog dialog(ParticipantDialog::Purpose::Rename, this);
    dialog.setCode(p->code);
    dialog.setDisplayName(p->displayName);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto renamed = ParticipantRepository(m_db).rename(p->id, dialog.displayName()); !renamed)
        showError(renamed.error().message());
    reload();
}

void ParticipantPage::toggleArchiveSelected()
{
    if (m_gate && !m_gate())
        return;
    const auto p = selected();
    if (!p)
        return;
    if (!p->archived) {
        const auto answer = QMessageBox::question(
            this, tr("Archive participant"),
            tr("Archive participant %1?\n\nAll of their sessions and trials are kept. Archived "
               "participants are hidden from this list; tick \"Show archived\" to see or restore "
               "them.")
                .arg(p->code),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    if (auto done = ParticipantRepository(m_db).setArchived(p->id, !p->archived); !done)
        showError(done.error().message());
    reload();
}

void ParticipantPage::openSelected()
{
    const auto p = selected();
    if (!p)
        return;
    if (p->archived) {
        showError(
            tr("Participant %1 is archived. Restore them before starting a session.").arg(p->code));
        return;
    }
    Q_EMIT participantChosen(*p);
}

void ParticipantPage::setNamesShown(bool show)
{
    m_model->setShowNames(show);
    m_list->setColumnHidden(ParticipantListModel::Name, !show);
}

void ParticipantPage::setShowArchived(bool show)
{
    if (m_showArchived->isChecked() != show)
        m_showArchived->setChecked(show); // re-enters through toggled()
    else if (m_model->showArchived() != show) {
        m_model->setShowArchived(show);
        reload();
    }
}

void ParticipantPage::updateButtons()
{
    const auto p = selected();
    m_open->setEnabled(p && !p->archived);
    m_rename->setEnabled(p.has_value());
    m_archive->setEnabled(p.has_value());
    m_archive->setText(p && p->archived ? tr("Rest&ore") : tr("Arc&hive…"));
    m_empty->setVisible(m_model->rowCount() == 0);
    Q_EMIT selectionChanged();
}

void ParticipantPage::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Attend"), message);
}

} // namespace attend
