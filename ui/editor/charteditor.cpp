// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/charteditor.h"

#include "core/figureselection.h"
#include "core/reportdocument.h"
#include "ui/editor/datasetchange.h"
#include "ui/editor/editsession.h"
#include "ui/editor/localizedfields.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace tongdao {

ChartEditor::ChartEditor(EditSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_message(new QLabel(this))
    , m_idField(new QLineEdit)
    , m_kind(new QComboBox)
    , m_category(new QComboBox)
    , m_title(new LocalizedFields)
    , m_subtitle(new LocalizedFields)
    , m_categoryAxis(new LocalizedFields)
    , m_valueAxis(new LocalizedFields)
    , m_note(new LocalizedFields)
    , m_items(new QListWidget)
    , m_itemLabel(new LocalizedFields)
    , m_itemScope(new LocalizedFields)
    , m_pick(new QComboBox)
    , m_add(new QPushButton)
    , m_remove(new QPushButton)
    , m_up(new QPushButton)
    , m_down(new QPushButton)
    , m_commit(new QTimer(this))
{
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();
    m_idField->setReadOnly(true);
    for (QComboBox *box : {m_kind, m_category}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
    }
    for (ChartKind kind :
         {ChartKind::Bar, ChartKind::HorizontalBar, ChartKind::Pie, ChartKind::Timeline, ChartKind::Facts})
        m_kind->addItem(QString(), int(kind));
    m_items->setMaximumHeight(fontMetrics().lineSpacing() * 8);

    auto *content = new QWidget;
    auto *form = new QFormLayout(content);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (QWidget *field : std::initializer_list<QWidget *>{m_idField, m_kind, m_category, m_title, m_subtitle,
                                                           m_categoryAxis, m_valueAxis, m_note}) {
        auto *label = new QLabel(content);
        label->setBuddy(field);
        m_rowLabels.append(label);
        form->addRow(label, field);
    }
    auto *itemsBox = new QGroupBox(content);
    itemsBox->setObjectName(QStringLiteral("items"));
    auto *itemsLayout = new QGridLayout(itemsBox);
    itemsLayout->addWidget(m_pick, 0, 0);
    itemsLayout->addWidget(m_add, 0, 1);
    itemsLayout->addWidget(m_items, 1, 0, 3, 1);
    itemsLayout->addWidget(m_up, 1, 1);
    itemsLayout->addWidget(m_down, 2, 1);
    itemsLayout->addWidget(m_remove, 3, 1);
    m_pick->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_pick->setMinimumContentsLength(16);
    auto *itemForm = new QFormLayout;
    for (QWidget *field : {m_itemLabel, m_itemScope}) {
        auto *label = new QLabel(itemsBox);
        label->setBuddy(field);
        m_rowLabels.append(label);
        itemForm->addRow(label, field);
    }
    itemsLayout->addLayout(itemForm, 4, 0, 1, 2);
    form->addRow(itemsBox);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // fields narrow with the dock
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);

    // Each edit is applied as soon as typing pauses: the chart pane shows it.
    m_commit->setSingleShot(true);
    m_commit->setInterval(250);
    connect(m_commit, &QTimer::timeout, this, [this] { commit(fromFields(), tr("Edit chart %1").arg(m_id)); });
    connect(session, &EditSession::flushRequested, this, &ChartEditor::flush);
    const auto edited = [this] {
        if (!m_filling)
            m_commit->start();
    };
    for (LocalizedFields *fields : {m_title, m_subtitle, m_categoryAxis, m_valueAxis, m_note, m_itemLabel, m_itemScope})
        connect(fields, &LocalizedFields::edited, this, edited);
    connect(m_kind, &QComboBox::activated, this, edited);
    connect(m_category, &QComboBox::activated, this, edited);
    connect(m_items, &QListWidget::currentRowChanged, this, &ChartEditor::showItem);
    connect(m_add, &QPushButton::clicked, this, [this] { addFigure(m_pick->currentData().toString()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeItem(m_items->currentRow()); });
    connect(m_up, &QPushButton::clicked, this, [this] { moveItem(m_items->currentRow(), m_items->currentRow() - 1); });
    connect(m_down, &QPushButton::clicked, this,
            [this] { moveItem(m_items->currentRow(), m_items->currentRow() + 1); });
    connect(session, &EditSession::edited, this, [this] {
        if (!m_commit->isActive())
            fill();
    });
    connect(session->document()->selection(), &FigureSelection::chartChanged, this, &ChartEditor::showChart);
    retranslate();
    showChart(session->document()->selection()->chart());
}

void ChartEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void ChartEditor::retranslate()
{
    const QStringList kinds{tr("Bars"), tr("Horizontal bars"), tr("Donut"), tr("Timeline"), tr("Fact tiles")};
    for (int k = 0; k < kinds.size(); ++k)
        m_kind->setItemText(k, kinds[k]);
    const QStringList rows{tr("Id"),          tr("&Kind"),          tr("Categor&y"),   tr("&Title"),
                           tr("&Subtitle"),   tr("Category a&xis"), tr("&Value axis"), tr("&Note"),
                           tr("Item &label"), tr("Item sc&ope")};
    for (int row = 0; row < rows.size(); ++row)
        m_rowLabels[row]->setText(rows[row]);
    if (auto *box = findChild<QGroupBox *>(QStringLiteral("items")))
        box->setTitle(tr("Figures plotted, in order"));
    m_add->setText(tr("Add"));
    m_pick->setToolTip(tr("A decided figure to add to the chart"));
    m_up->setText(tr("Move up"));
    m_down->setText(tr("Move down"));
    m_remove->setText(tr("Remove"));
    m_itemLabel->setPlaceholder(tr("The figure's label"));
    m_itemScope->setPlaceholder(tr("What this item counts, where items count different things"));
}

void ChartEditor::flush()
{
    if (!m_commit->isActive())
        return;
    m_commit->stop();
    commit(fromFields(), tr("Edit chart %1").arg(m_id));
}

void ChartEditor::showChart(const QString &chartId)
{
    flush();
    m_id = chartId;
    fill();
}

void ChartEditor::fill()
{
    const Dataset &ds = m_session->dataset();
    const ChartSpec *chart = ds.chart(m_id);
    setEnabled(chart != nullptr);
    if (!chart)
        return;
    m_filling = true;
    m_idField->setText(chart->id);
    m_kind->setCurrentIndex(m_kind->findData(int(chart->kind)));
    m_category->clear();
    for (const Category &c : ds.categories)
        m_category->addItem(c.label.text(m_session->document()->language()), c.id);
    m_category->setCurrentIndex(m_category->findData(chart->category));
    m_title->setText(chart->title);
    m_subtitle->setText(chart->subtitle);
    m_categoryAxis->setText(chart->categoryAxis);
    m_valueAxis->setText(chart->valueAxis);
    m_note->setText(chart->note);
    fillItems();
    m_filling = false;
}

void ChartEditor::fillItems()
{
    const Dataset &ds = m_session->dataset();
    const ChartSpec *chart = ds.chart(m_id);
    const int row = m_items->currentRow();
    const bool filling = m_filling;
    m_filling = true;
    m_items->clear();
    for (const ChartItem &item : chart ? chart->items : QList<ChartItem>()) {
        const Figure *f = ds.figure(item.figure);
        m_items->addItem(QStringLiteral("%1 — %2").arg(item.figure, f ? f->label.text(m_session->document()->language())
                                                                      : QString()));
    }
    m_items->setCurrentRow(std::min(std::max(row, 0), m_items->count() - 1));
    // What can be added: every decided figure the chart does not show yet.
    m_pick->clear();
    for (const Figure &f : ds.figures)
        if (!f.candidate && chart
            && std::none_of(chart->items.cbegin(), chart->items.cend(),
                            [&f](const ChartItem &item) { return item.figure == f.id; }))
            m_pick->addItem(QStringLiteral("%1 — %2").arg(f.id, f.label.text(m_session->document()->language())), f.id);
    m_add->setEnabled(m_pick->count() > 0);
    showItem(m_items->currentRow());
    m_filling = filling;
}

void ChartEditor::showItem(int row)
{
    const ChartSpec *chart = m_session->dataset().chart(m_id);
    const bool valid = chart && row >= 0 && row < chart->items.size();
    const bool filling = m_filling;
    m_filling = true;
    m_itemLabel->setText(valid ? chart->items[row].label : LocalizedText{});
    m_itemScope->setText(valid ? chart->items[row].scope : LocalizedText{});
    m_filling = filling;
    m_itemLabel->setEnabled(valid);
    m_itemScope->setEnabled(valid);
    m_remove->setEnabled(valid);
    m_up->setEnabled(valid && row > 0);
    m_down->setEnabled(valid && row + 1 < chart->items.size());
}

ChartSpec ChartEditor::fromFields() const
{
    const ChartSpec *current = m_session->dataset().chart(m_id);
    ChartSpec chart = current ? *current : ChartSpec{};
    chart.kind = ChartKind(m_kind->currentData().toInt());
    if (m_category->currentIndex() >= 0)
        chart.category = m_category->currentData().toString();
    chart.title = m_title->text();
    chart.subtitle = m_subtitle->text();
    chart.categoryAxis = m_categoryAxis->text();
    chart.valueAxis = m_valueAxis->text();
    chart.note = m_note->text();
    if (const int row = m_items->currentRow(); row >= 0 && row < chart.items.size()) {
        chart.items[row].label = m_itemLabel->text();
        chart.items[row].scope = m_itemScope->text();
    }
    return chart;
}

bool ChartEditor::commit(const ChartSpec &chart, const QString &description, bool merge)
{
    m_commit->stop(); // what was typed is in chart
    const Dataset &ds = m_session->dataset();
    const int index = ds.chartIndex(chart.id);
    if (index < 0)
        return false;
    DatasetChange change;
    change.replaceChart(ds, index, chart);
    // Typing merges into one undo step per chart; adding, moving and removing items are steps of their own.
    const bool ok = m_session->apply(change, description, &m_problem,
                                     merge ? QStringLiteral("chart:") + chart.id : QString());
    if (ok)
        m_problem = {};
    m_message->setText(m_problem.message.isEmpty() ? QString() : m_problem.toString());
    m_message->setVisible(!ok);
    return ok;
}

bool ChartEditor::newChart(const QStringList &figures, ChartKind kind, LoadError *problem)
{
    const Dataset &ds = m_session->dataset();
    const Figure *first = ds.figure(figures.value(0));
    if (!first)
        return false;
    ChartSpec chart;
    int n = int(ds.charts.size()) + 1;
    do
        chart.id = QStringLiteral("chart-%1").arg(n++);
    while (ds.chart(chart.id));
    chart.kind = kind;
    chart.category = first->category;
    chart.title = first->label;
    for (const QString &id : figures)
        chart.items.append(ChartItem{id, {}, {}});
    DatasetChange change;
    change.insertChart(int(ds.charts.size()), chart);
    if (!m_session->apply(change, tr("New chart %1").arg(chart.id), problem))
        return false;
    m_session->document()->selection()->setChart(chart.id);
    return true;
}

bool ChartEditor::removeChart()
{
    const Dataset &ds = m_session->dataset();
    const int index = ds.chartIndex(m_id);
    if (index < 0)
        return false;
    DatasetChange change;
    change.removeChart(ds, index);
    return m_session->apply(change, tr("Remove chart %1").arg(m_id), &m_problem);
}

bool ChartEditor::addFigure(const QString &figureId)
{
    ChartSpec chart = fromFields();
    if (!m_session->dataset().figure(figureId) || !m_session->dataset().chart(m_id))
        return false;
    chart.items.append(ChartItem{figureId, {}, {}});
    const bool ok = commit(chart, tr("Add %1 to chart %2").arg(figureId, m_id), false);
    fillItems();
    return ok;
}

bool ChartEditor::moveItem(int from, int to)
{
    ChartSpec chart = fromFields();
    if (from < 0 || to < 0 || from >= chart.items.size() || to >= chart.items.size())
        return false;
    chart.items.move(from, to);
    const bool ok = commit(chart, tr("Reorder chart %1").arg(m_id), false);
    if (ok)
        m_items->setCurrentRow(to);
    fillItems();
    return ok;
}

bool ChartEditor::removeItem(int row)
{
    ChartSpec chart = fromFields();
    if (row < 0 || row >= chart.items.size() || chart.items.size() < 2)
        return false;
    chart.items.removeAt(row);
    const bool ok = commit(chart, tr("Remove an item of chart %1").arg(m_id), false);
    fillItems();
    return ok;
}

} // namespace tongdao
