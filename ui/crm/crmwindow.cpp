#include "crm/crmwindow.h"

#include "crm/accountpage.h"
#include "crm/crmlistmodels.h"
#include "crm/opportunitycommand.h"
#include "crm/opportunitydialog.h"
#include "main/appsettings.h"
#include "main/mainwindow.h"
#include "main/navigation.h"
#include "main/retranslate.h"
#include "store/workspace.h"
#include "util/usererror.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace lb {

namespace {

QTableView* makeView(QWidget* parent, const QString& name, QAbstractItemModel* model)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    // The first column (a name) takes the room left; the others fit their contents.
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    return view;
}

constexpr OpportunityStage opportunityStages[] = {
    OpportunityStage::Prospecting, OpportunityStage::Proposal, OpportunityStage::Negotiation,
    OpportunityStage::Won, OpportunityStage::Lost};

} // namespace

CrmWindow::CrmWindow(MainWindow* main)
    : QMainWindow(main, Qt::Window), m_main(main), m_tabs(new QTabWidget(this)),
      m_accounts(new AccountListModel(this)), m_opportunities(new OpportunityListModel(this))
{
    setObjectName(QStringLiteral("crmWindow"));
    m_tabs->addTab(makeAccountsTab(), QString());
    m_tabs->addTab(makeOpportunitiesTab(), QString());
    setCentralWidget(m_tabs);

    m_fileMenu = menuBar()->addMenu(QString());
    m_close = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_close->setShortcut(QKeySequence::Close);
    m_editMenu = menuBar()->addMenu(QString());
    // The main window's undo stack: an opportunity change is undone like a lead's. Not
    // QUndoStack::createUndoAction, whose "&Undo" stays in the language it was made in.
    QUndoStack* stack = main->undoStack();
    m_undo = m_editMenu->addAction(QString(), stack, &QUndoStack::undo);
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setEnabled(stack->canUndo());
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    m_redo = m_editMenu->addAction(QString(), stack, &QUndoStack::redo);
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setEnabled(stack->canRedo());
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, &CrmWindow::setUndoTexts);
    connect(stack, &QUndoStack::redoTextChanged, this, &CrmWindow::setUndoTexts);
    m_viewMenu = menuBar()->addMenu(QString());
    m_refresh = m_viewMenu->addAction(QString(), this, &CrmWindow::reload);
    m_refresh->setShortcut(QKeySequence::Refresh);
    // The workbench's history: Back from a deal may return to the lead it came from.
    m_viewMenu->addSeparator();
    m_viewMenu->addActions(main->navigation()->makeActions(this));
    // Undo and redo of any step may have changed a deal: show the lists as they are now.
    connect(main->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (isVisible())
            QTimer::singleShot(0, this, &CrmWindow::reload);
    });

    resize(QSize(1280, 800).boundedTo(screen()->availableGeometry().size()));
    restoreGeometry(settings::crmGeometry.value());
    retranslate(this, [this] { setTexts(); });
    reload();
    // The lists, their headers and the account page are read and worded anew.
    onLanguageChange(this, [this] { reload(); });
}

void CrmWindow::setTexts()
{
    //: Window title: the accounts and opportunities (deals) made by converting leads
    setWindowTitle(tr("Accounts & Deals — Leadbench"));
    m_tabs->setTabText(0, tr("&Accounts"));
    m_tabs->setTabText(1, tr("&Opportunities"));
    m_fileMenu->setTitle(tr("&File"));
    m_close->setText(tr("&Close"));
    m_editMenu->setTitle(tr("&Edit"));
    setUndoTexts();
    m_viewMenu->setTitle(tr("&View"));
    m_refresh->setText(tr("&Refresh"));
    //: Filter choice: deals in any stage
    m_stage->setItemText(0, tr("Any stage"));
    for (int index = 1; index < m_stage->count(); ++index)
        m_stage->setItemText(
            index, opportunityStageLabel(OpportunityStage(m_stage->itemData(index).toInt())));
    //: Filter choice: deals expected to close on any day
    m_period->setItemText(m_period->findData(AnyClose), tr("Any close date"));
    //: Filter choice: deals expected to close before the end of this month
    m_period->setItemText(m_period->findData(ClosingThisMonth),
                          tr("Closing by the end of this month"));
    //: Filter choice: deals expected to close before the end of this quarter
    m_period->setItemText(m_period->findData(ClosingThisQuarter),
                          tr("Closing by the end of this quarter"));
    //: Filter choice: open deals whose expected close date has passed
    m_period->setItemText(m_period->findData(Overdue), tr("Overdue"));
    m_stageLabel->setText(tr("Stage:"));
    m_changeButton->setText(tr("&Change…"));
}

void CrmWindow::setUndoTexts()
{
    const QUndoStack* stack = m_main->undoStack();
    const auto prefixed = [](const QString& prefix, const QString& step) {
        return step.isEmpty() ? prefix : prefix + QLatin1Char(' ') + step;
    };
    m_undo->setText(prefixed(tr("&Undo"), stack->undoText()));
    m_redo->setText(prefixed(tr("&Redo"), stack->redoText()));
}

CrmWindow::~CrmWindow()
{
    settings::crmGeometry.set(saveGeometry());
}

QWidget* CrmWindow::makeAccountsTab()
{
    auto* tab = new QWidget(this);
    m_accountSearch = new QLineEdit(tab);
    m_accountSearch->setObjectName(QStringLiteral("accountSearch"));
    m_accountSearch->setClearButtonEnabled(true);
    //: Placeholder of the account search field
    m_accountSearch->setPlaceholderText(tr("Search accounts by name or domain"));
    m_accountTable = makeView(tab, QStringLiteral("accountTable"), m_accounts);
    m_page = new AccountPage(tab);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_accountSearch, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this,
            [this] { m_accounts->setSearch(m_accountSearch->text().trimmed()); });
    connect(m_accountTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (const AccountRow* row = m_accounts->rowAt(current.row())) {
                    m_page->showAccount(m_main->workspace(), row->id);
                    m_main->navigation()->visitAccount(row->id);
                }
            });
    connect(m_page, &AccountPage::leadRequested, m_main, &MainWindow::openLead);
    connect(m_page, &AccountPage::opportunityRequested, this, [this](qint64 id) {
        m_main->navigation()->visitOpportunity(id);
        changeOpportunity(id);
    });

    auto* left = new QWidget(tab);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_accountSearch);
    leftLayout->addWidget(m_accountTable);
    auto* splitter = new QSplitter(tab);
    splitter->addWidget(left);
    splitter->addWidget(m_page);
    splitter->setSizes({760, 600});
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(splitter);
    return tab;
}

QWidget* CrmWindow::makeOpportunitiesTab()
{
    auto* tab = new QWidget(this);
    m_stage = new QComboBox(tab);
    m_stage->setObjectName(QStringLiteral("stageFilter"));
    m_stage->addItem(QString(), -1);
    for (OpportunityStage stage : opportunityStages)
        m_stage->addItem(opportunityStageLabel(stage), int(stage));
    m_period = new QComboBox(tab);
    m_period->setObjectName(QStringLiteral("periodFilter"));
    for (Period period : {AnyClose, ClosingThisMonth, ClosingThisQuarter, Overdue})
        m_period->addItem(QString(), period);
    m_owner = new QComboBox(tab);
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    //: The owner filter's label, read out by screen readers
    m_owner->setAccessibleName(tr("Owner"));
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* changeButton = m_changeButton = new QPushButton(tab);
    changeButton->setObjectName(QStringLiteral("changeOpportunity"));
    m_opportunityTable = makeView(tab, QStringLiteral("opportunityTable"), m_opportunities);

    connect(m_stage, &QComboBox::currentIndexChanged, this, &CrmWindow::applyOpportunityFilters);
    connect(m_period, &QComboBox::currentIndexChanged, this, &CrmWindow::applyOpportunityFilters);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &CrmWindow::applyOpportunityFilters);
    connect(changeButton, &QPushButton::clicked, this, &CrmWindow::changeCurrentOpportunity);
    connect(m_opportunityTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (const OpportunityRow* row = m_opportunities->rowAt(current.row()))
                    m_main->navigation()->visitOpportunity(row->id);
            });
    connect(m_opportunityTable, &QTableView::activated, this, &CrmWindow::changeCurrentOpportunity);

    auto* filters = new QHBoxLayout;
    m_stageLabel = new QLabel(tab);
    m_stageLabel->setBuddy(m_stage);
    filters->addWidget(m_stageLabel);
    filters->addWidget(m_stage);
    filters->addWidget(m_period);
    filters->addWidget(m_owner);
    filters->addStretch(1);
    filters->addWidget(changeButton);
    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(filters);
    layout->addWidget(m_opportunityTable);
    return tab;
}

void CrmWindow::reload()
{
    Workspace* workspace = m_main->workspace();
    const qint64 account = m_page->accountId();
    m_accounts->setWorkspace(workspace);
    fillOwners();
    m_opportunities->setWorkspace(workspace);
    m_page->showAccount(workspace, account);
    for (QTableView* view : {m_accountTable, m_opportunityTable})
        for (int column = 1; column < view->model()->columnCount(); ++column)
            view->resizeColumnToContents(column);
}

void CrmWindow::applyOpportunityFilters()
{
    OpportunityQuery query;
    if (const int stage = m_stage->currentData().toInt(); stage >= 0)
        query.stage = OpportunityStage(stage);
    query.owner = m_owner->currentData().toString();
    const QDate today = QDate::currentDate();
    switch (m_period->currentData().toInt()) {
    case ClosingThisMonth:
        query.closingBefore = QDate(today.year(), today.month(), 1).addMonths(1);
        break;
    case ClosingThisQuarter:
        query.closingBefore = QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1).addMonths(3);
        break;
    case Overdue:
        query.overdueOn = today;
        break;
    default:
        break;
    }
    m_opportunities->setQuery(query);
}

void CrmWindow::fillOwners()
{
    Workspace* workspace = m_main->workspace();
    const QString chosen = m_owner->currentData().toString();
    const QSignalBlocker block(m_owner);
    m_owner->clear();
    //: Owner filter choice: deals of every owner
    m_owner->addItem(tr("Any owner"), QString());
    if (workspace) {
        for (const QString& owner : workspace->crmLists().opportunityOwners())
            m_owner->addItem(owner, owner);
    }
    // The chosen owner stays chosen, even after their last deal went to someone else.
    int index = chosen.isEmpty() ? 0 : m_owner->findData(chosen);
    if (index < 0) {
        m_owner->addItem(chosen, chosen);
        index = m_owner->count() - 1;
    }
    m_owner->setCurrentIndex(index);
}

void CrmWindow::showAccount(qint64 accountId)
{
    m_tabs->setCurrentIndex(0);
    m_page->showAccount(m_main->workspace(), accountId);
    if (m_page->accountId() != 0)
        m_main->navigation()->visitAccount(accountId);
}

void CrmWindow::showOpportunity(qint64 opportunityId)
{
    m_tabs->setCurrentIndex(1);
    const QSignalBlocker stageBlock(m_stage), periodBlock(m_period), ownerBlock(m_owner);
    m_stage->setCurrentIndex(0);
    m_period->setCurrentIndex(0);
    m_owner->setCurrentIndex(0);
    applyOpportunityFilters();
    // Newest first: a deal just made is on the first page; an older one a few pages down.
    int row = m_opportunities->rowOf(opportunityId);
    for (int pages = 0; row < 0 && pages < 20 && m_opportunities->canFetchMore({}); ++pages) {
        m_opportunities->fetchMore({});
        row = m_opportunities->rowOf(opportunityId);
    }
    if (row >= 0) {
        m_opportunityTable->setCurrentIndex(m_opportunities->index(row, 0));
        m_opportunityTable->scrollTo(m_opportunities->index(row, 0));
        m_main->navigation()->visitOpportunity(opportunityId);
    }
}

void CrmWindow::changeCurrentOpportunity()
{
    if (const OpportunityRow* row =
            m_opportunities->rowAt(m_opportunityTable->currentIndex().row()))
        changeOpportunity(row->id);
}

void CrmWindow::changeOpportunity(qint64 opportunityId)
{
    Workspace* workspace = m_main->workspace();
    if (!workspace)
        return;
    OpportunityQuery query;
    // The row as it is now (its version is what the change expects to find).
    std::optional<OpportunityRow> row;
    const int listed = m_opportunities->rowOf(opportunityId);
    if (listed >= 0)
        row = *m_opportunities->rowAt(listed);
    if (!row) {
        const std::optional<Opportunity> o = workspace->crm().opportunity(opportunityId);
        if (!o)
            return;
        row = OpportunityRow{};
        row->id = o->id;
        row->name = o->name;
        row->amount = o->amount;
        row->currency = o->currency;
        row->closeDate = o->closeDate;
        row->stage = o->stage;
        row->version = o->version;
    }
    OpportunityDialog dialog(*row, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyChange(row->id, row->version, dialog.change());
}

bool CrmWindow::applyChange(qint64 opportunityId, qint64 expectedVersion,
                            const OpportunityChange& change)
{
    Workspace* workspace = m_main->workspace();
    if (!workspace)
        return false;
    std::optional<OpportunityEdit> edit;
    try {
        edit = OpportunityService(*workspace)
                   .change(opportunityId, expectedVersion, change, m_main->actor());
    } catch (const UserError& error) {
        warn(tr("Opportunity not changed"), error.message());
        reload(); // after a conflict: show what the other change left
    }
    if (!edit)
        return false;
    QPointer<CrmWindow> self(this);
    MainWindow* main = m_main;
    m_main->undoStack()->push(new OpportunityCommand([main] { return main->workspace(); },
                                                     m_main->actor(), *edit,
                                                     [self](const QString& message) {
                                                         if (self)
                                                             self->warn(tr("Not undone"), message);
                                                     },
                                                     {}));
    reload();
    if (const int row = m_opportunities->rowOf(opportunityId); row >= 0)
        m_opportunityTable->setCurrentIndex(m_opportunities->index(row, 0));
    return true;
}

void CrmWindow::warn(const QString& title, const QString& message)
{
    QMessageBox::warning(this, title, message);
}

} // namespace lb
