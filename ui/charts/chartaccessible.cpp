// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chartaccessible.h"

#include "core/chartdatamodel.h"
#include "core/chartsummary.h"
#include "ui/charts/chartwidget.h"

#include <QAccessibleWidget>
#include <QHash>
#include <QPointer>

namespace tongdao {

namespace {

// One plotted figure. Holds no text of its own: everything is read from the chart's model when
// asked, so a language switch or an edited value is what a screen reader hears next.
class ChartItemAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    ChartItemAccessible(ChartWidget *chart, int row)
        : m_chart(chart)
        , m_row(row)
    {
    }

    bool isValid() const override { return m_chart && m_chart->model() && m_row < m_chart->model()->rowCount(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_chart ? m_chart->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_chart); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *focusChild() const override { return nullptr; }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    void setText(QAccessible::Text, const QString &) override {}
    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface *>(this) : nullptr;
    }

    // Pressed or given the focus by assistive technology: selected, as by a click.
    QStringList actionNames() const override
    {
        return {QAccessibleActionInterface::pressAction(), QAccessibleActionInterface::setFocusAction()};
    }
    void doAction(const QString &name) override
    {
        if (!isValid() || !actionNames().contains(name))
            return;
        if (name == QAccessibleActionInterface::setFocusAction())
            m_chart->setFocus(Qt::OtherFocusReason);
        m_chart->activateRow(m_row);
    }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        const ChartSummary::Item item = ChartSummary::item(*m_chart->model(), m_row);
        switch (t) {
        case QAccessible::Name:
            return item.name;
        case QAccessible::Value:
            return item.value;
        case QAccessible::Description:
            return item.description;
        default:
            return {};
        }
    }

    QRect rect() const override
    {
        if (!isValid())
            return {};
        // The item's centre, in a square a finger or a magnifier can find.
        const QPoint centre = m_chart->viewport()->mapToGlobal(m_chart->itemPosition(m_row));
        const int half = std::max(8, m_chart->width() / 40);
        return QRect(centre - QPoint(half, half), QSize(2 * half, 2 * half));
    }

    QAccessible::State state() const override
    {
        QAccessible::State s;
        s.focusable = true;
        s.selectable = true;
        if (!isValid()) {
            s.invalid = true;
            return s;
        }
        s.invisible = !m_chart->isVisible();
        s.selected = m_chart->selectedRow() == m_row;
        s.focused = s.selected && m_chart->hasFocus();
        return s;
    }

private:
    QPointer<ChartWidget> m_chart;
    int m_row;
};

class ChartAccessible : public QAccessibleWidget
{
public:
    explicit ChartAccessible(ChartWidget *chart)
        : QAccessibleWidget(chart, QAccessible::Chart)
    {
    }
    ~ChartAccessible() override
    {
        for (QAccessible::Id id : std::as_const(m_children))
            QAccessible::deleteAccessibleInterface(id);
    }

    ChartWidget *chart() const { return static_cast<ChartWidget *>(widget()); }

    QString text(QAccessible::Text t) const override
    {
        const ChartDataModel *model = chart()->model();
        if (model && t == QAccessible::Name)
            return ChartSummary::title(*model);
        if (model && t == QAccessible::Description)
            return ChartSummary::sentence(*model);
        return QAccessibleWidget::text(t);
    }

    int childCount() const override { return chart()->model() ? chart()->model()->rowCount() : 0; }

    QAccessibleInterface *child(int index) const override
    {
        if (index < 0 || index >= childCount())
            return nullptr;
        // The same interface each time it is asked for, registered so that the platform's
        // bridge can name it; dropped with the chart's interface.
        if (const auto found = m_children.constFind(index); found != m_children.cend())
            return QAccessible::accessibleInterface(*found);
        QAccessibleInterface *item = new ChartItemAccessible(chart(), index);
        m_children.insert(index, QAccessible::registerAccessibleInterface(item));
        return item;
    }

    int indexOfChild(const QAccessibleInterface *child) const override
    {
        for (auto it = m_children.cbegin(); it != m_children.cend(); ++it)
            if (QAccessible::accessibleInterface(it.value()) == child)
                return it.key() < childCount() ? it.key() : -1;
        return -1;
    }

    QAccessibleInterface *childAt(int x, int y) const override
    {
        for (int i = 0; i < childCount(); ++i)
            if (QAccessibleInterface *item = child(i); item->rect().contains(x, y))
                return item;
        return nullptr;
    }

    QAccessibleInterface *focusChild() const override
    {
        const int row = chart()->selectedRow();
        return chart()->hasFocus() && row >= 0 ? child(row) : nullptr;
    }

private:
    mutable QHash<int, QAccessible::Id> m_children;
};

QAccessibleInterface *chartAccessibleFactory(const QString &, QObject *object)
{
    if (auto *chart = qobject_cast<ChartWidget *>(object))
        return new ChartAccessible(chart);
    return nullptr;
}

} // namespace

void installChartAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(chartAccessibleFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

void notifyChartChanged(QWidget *chart)
{
    if (!QAccessible::isActive())
        return;
    for (QAccessible::Event type : {QAccessible::NameChanged, QAccessible::DescriptionChanged}) {
        QAccessibleEvent event(chart, type);
        QAccessible::updateAccessibility(&event);
    }
}

void notifyChartItemFocus(QWidget *chart, int row)
{
    if (row < 0 || !QAccessible::isActive())
        return;
    QAccessibleEvent focus(chart, QAccessible::Focus);
    focus.setChild(row);
    QAccessible::updateAccessibility(&focus);
}

} // namespace tongdao
