#include "dashboard/dashboardview.h"

#include "dashboard/dashboardloader.h"
#include "dashboard/dashboardpanel.h"
#include "dashboard/reportcharts.h"
#include "dashboard/reportpdf.h"
#include "main/retranslate.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTime>
#include <QVBoxLayout>

namespace lb {

namespace {

enum Preset
{
    Last30Days,
    Last90Days,
    ThisQuarter,
    ThisYear,
    Custom
};

QDate today()
{
    return QDateTime::currentDateTimeUtc().date(); // the reports count whole UTC days
}

} // namespace

DashboardView::DashboardView(QWidget* parent) : QWidget(parent), m_loader(new DashboardLoader(this))
{
    setObjectName(QStringLiteral("dashboard"));
    connect(m_loader, &DashboardLoader::loaded, this, &DashboardView::show);
    connect(m_loader, &DashboardLoader::failed, this, [this](const QString& message) {
        //: The dashboard could not be made; %1 says why
        m_status->setText(tr("Not updated: %1").arg(message));
        Q_EMIT loadFailed(message);
    });

    auto* grid = new QGridLayout;
    grid->setSpacing(8);
    const auto chart = [&](const char* name) {
        auto* panel = new DashboardPanel(QLatin1String(name));
        m_panels << panel;
        return panel;
    };
    const auto table = [&](const char* name) {
        auto* panel = new DashboardPanel(QLatin1String(name), QString());
        m_panels << panel;
        return panel;
    };
    // Read from the top: what came in and how far it got, where it came from, how good the
    // score is, how fast leads move, who does the work and why leads leave.
    grid->addWidget(chart("funnelChart"), 0, 0);
    grid->addWidget(chart("inflowChart"), 0, 1);
    grid->addWidget(chart("sourcesChart"), 1, 0);
    grid->addWidget(table("sourcesTable"), 1, 1);
    grid->addWidget(chart("scoresChart"), 2, 0);
    grid->addWidget(chart("calibrationChart"), 2, 1);
    grid->addWidget(chart("velocityChart"), 3, 0);
    grid->addWidget(chart("agingChart"), 3, 1);
    grid->addWidget(table("ownersTable"), 4, 0);
    grid->addWidget(chart("reasonsChart"), 4, 1);
    auto* tiles = new QWidget;
    tiles->setLayout(grid);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(tiles);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(createFilterBar());
    layout->addWidget(scroll, 1);
    retranslate(this, [this] { setTexts(); });
}

void DashboardView::setTexts()
{
    const auto panel = [this](const char* name) {
        return findChild<DashboardPanel*>(QLatin1String(name));
    };
    panel("sourcesTable")->setTitle(tr("Sources: lead to cash"));
    panel("ownersTable")->setTitle(tr("Owners: the SDR leaderboard"));
    const QStringList presets = {tr("Last 30 days"), tr("Last 90 days"), tr("This quarter"),
                                 tr("This year"),
                                 //: Period preset: dates chosen by hand
                                 tr("Custom")};
    for (int preset = 0; preset < presets.size(); ++preset)
        m_preset->setItemText(preset, presets.at(preset));
    m_preset->setAccessibleName(tr("Period"));
    m_owner->setAccessibleName(tr("Owner"));
    m_owner->setItemText(0, tr("Any owner"));
    m_periodLabel->setText(tr("Period:"));
    //: Between the two dates of a period: "1.9.2026 – 30.11.2026"
    m_dash->setText(tr("–"));
    // The charts and tables of the numbers shown, worded anew without reading them again.
    if (m_reports && !m_loader->isLoading())
        show(*m_reports);
}

QWidget* DashboardView::createFilterBar()
{
    auto* bar = new QWidget(this);
    m_preset = new QComboBox(bar);
    m_preset->setObjectName(QStringLiteral("periodPreset"));
    for (int preset = Last30Days; preset <= Custom; ++preset)
        m_preset->addItem(QString());
    m_from = new QDateEdit(bar);
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_from->setCalendarPopup(true);
    m_from->setAccessibleName(tr("Period starts"));
    m_to = new QDateEdit(bar);
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_to->setCalendarPopup(true);
    m_to->setAccessibleName(tr("Period ends"));
    m_owner = new QComboBox(bar);
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_owner->addItem(QString(), QString());
    m_source = new QComboBox(bar);
    m_source->setObjectName(QStringLiteral("sourceFilter"));
    m_source->setAccessibleName(tr("Source"));
    m_source->setEditable(true);
    m_source->setInsertPolicy(QComboBox::NoInsert);
    m_source->lineEdit()->setPlaceholderText(tr("any source"));
    m_source->setMinimumContentsLength(14); // room for the placeholder in every language
    m_status = new QLabel(bar);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));

    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_periodLabel = new QLabel(bar);
    layout->addWidget(m_periodLabel);
    layout->addWidget(m_preset);
    layout->addWidget(m_from);
    m_dash = new QLabel(bar);
    layout->addWidget(m_dash);
    layout->addWidget(m_to);
    layout->addSpacing(12);
    layout->addWidget(m_owner);
    layout->addWidget(m_source);
    layout->addStretch(1);
    layout->addWidget(m_status);

    m_preset->setCurrentIndex(Last90Days);
    presetChosen(Last90Days);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &DashboardView::presetChosen);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_updatingFilters)
                return;
            m_updatingFilters = true;
            m_preset->setCurrentIndex(Custom);
            m_updatingFilters = false;
            filtersEdited();
        });
    connect(m_owner, &QComboBox::currentIndexChanged, this, &DashboardView::filtersEdited);
    connect(m_source->lineEdit(), &QLineEdit::editingFinished, this, &DashboardView::filtersEdited);
    connect(m_source, &QComboBox::activated, this, &DashboardView::filtersEdited);
    return bar;
}

void DashboardView::presetChosen(int index)
{
    if (index == Custom || m_updatingFilters)
        return;
    const QDate end = today();
    QDate start;
    switch (index) {
    case Last30Days:
        start = end.addDays(-29);
        break;
    case Last90Days:
        start = end.addDays(-89);
        break;
    case ThisQuarter:
        start = QDate(end.year(), (end.month() - 1) / 3 * 3 + 1, 1);
        break;
    case ThisYear:
    default:
        start = QDate(end.year(), 1, 1);
        break;
    }
    m_updatingFilters = true;
    m_from->setDate(start);
    m_to->setDate(end);
    m_updatingFilters = false;
    filtersEdited();
}

void DashboardView::filtersEdited()
{
    if (m_updatingFilters)
        return;
    m_stale = true;
    if (isVisible())
        reload();
}

void DashboardView::setWorkspace(const QString& path)
{
    m_path = path;
    m_loader->setWorkspace(path);
    m_reports.reset();
    m_stale = true;
    if (isVisible())
        reload();
}

void DashboardView::reload()
{
    if (m_path.isEmpty())
        return;
    m_stale = false;
    m_status->setText(tr("Updating…"));
    m_loader->load(filter());
}

void DashboardView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

ReportFilter DashboardView::filter() const
{
    ReportFilter filter;
    filter.from = m_from->date();
    filter.to = m_to->date();
    filter.owner = m_owner->currentData().toString();
    filter.source = m_source->currentText().trimmed();
    return filter;
}

void DashboardView::setPeriod(const QDate& from, const QDate& to)
{
    m_updatingFilters = true;
    m_preset->setCurrentIndex(Custom);
    m_from->setDate(from);
    m_to->setDate(to);
    m_updatingFilters = false;
    filtersEdited();
}

void DashboardView::setOwner(const QString& owner)
{
    const int index = owner.isEmpty() ? 0 : m_owner->findData(owner);
    if (index < 0)
        m_owner->addItem(owner, owner);
    m_owner->setCurrentIndex(index < 0 ? m_owner->count() - 1 : index);
}

void DashboardView::setSource(const QString& source)
{
    m_source->setCurrentText(source);
    filtersEdited();
}

bool DashboardView::isLoading() const
{
    return m_loader->isLoading();
}

QString DashboardView::describeFilter() const
{
    const QLocale locale;
    const ReportFilter current = filter();
    //: A period: %1 its first day, %2 its last
    QString text = tr("%1 – %2").arg(locale.toString(current.from, QLocale::ShortFormat),
                                     locale.toString(current.to, QLocale::ShortFormat));
    text += QStringLiteral(" · ") + (current.owner.isEmpty() ? tr("Any owner") : current.owner);
    //: %1 a lead source such as "Webinar"
    const QString source = tr("Source: %1").arg(current.source);
    text += QStringLiteral(" · ") + (current.source.isEmpty() ? tr("Any source") : source);
    return text;
}

bool DashboardView::exportPdf(const QString& path, QString* error) const
{
    const QString made =
        m_reports ? QLocale().toString(m_reports->madeAt.toLocalTime(), QLocale::ShortFormat)
                  : QString();
    //: Heading of the PDF report; %1 the period and filters, %2 when the numbers were made
    const QString heading =
        tr("Leadbench pipeline report\n%1\nAs of %2").arg(describeFilter(), made);
    return ReportPdf::write(path, heading, m_panels, error);
}

void DashboardView::show(const reports::AllReports& all)
{
    m_reports = all;
    const ReportCharts::Open open = [this](const LeadFilter& leads, const QString& label) {
        Q_EMIT leadsRequested(leads, label);
    };
    const auto panel = [this](const char* name) {
        return findChild<DashboardPanel*>(QLatin1String(name));
    };
    panel("funnelChart")->setChart(ReportCharts::funnel(all.funnel, open));
    panel("inflowChart")->setChart(ReportCharts::inflow(all.inflow, open));
    panel("sourcesChart")->setChart(ReportCharts::sources(all.sources, open));
    ReportCharts::fillSources(panel("sourcesTable")->table(), all.sources, open);
    panel("scoresChart")->setChart(ReportCharts::scores(all.scores, open));
    panel("calibrationChart")->setChart(ReportCharts::calibration(all.calibration, open));
    panel("velocityChart")->setChart(ReportCharts::velocity(all.velocity, open));
    panel("agingChart")->setChart(ReportCharts::aging(all.velocity, open));
    ReportCharts::fillOwners(panel("ownersTable")->table(), all.owners, open);
    panel("reasonsChart")->setChart(ReportCharts::reasons(all.reasons, open));

    // The owners and sources to choose from, keeping what is chosen.
    m_updatingFilters = true;
    const QString owner = m_owner->currentData().toString();
    m_owner->clear();
    m_owner->addItem(tr("Any owner"), QString());
    for (const QString& user : all.users)
        m_owner->addItem(user, user);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(owner)));
    const QString source = m_source->currentText();
    m_source->clear();
    m_source->addItem(QString());
    for (const reports::SourceLine& line : all.sources.sources)
        if (!line.source.isEmpty())
            m_source->addItem(line.source);
    m_source->setCurrentText(source);
    m_updatingFilters = false;

    //: When the dashboard's numbers were made
    m_status->setText(
        tr("Updated %1")
            .arg(QLocale().toString(all.madeAt.toLocalTime().time(), QLocale::ShortFormat)));
    Q_EMIT refreshed();
}

} // namespace lb
