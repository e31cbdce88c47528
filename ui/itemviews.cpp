// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemviews.h"

#include "chartmodel.h"
#include "chartwidget.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

namespace tongdao {

bool PlainToolTipDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                     const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString tip = index.data(Qt::ToolTipRole).toString();
    if (tip.isEmpty()) {
        QToolTip::hideText();
        return true;
    }
    QToolTip::showText(event->globalPos(), plainTextToolTip(tip), view);
    return true;
}

bool ChartsOnlyProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(ChartModel::NodeTypeRole).toInt() != ChartModel::FigureNode;
}

bool ChartsOnlyProxy::filterAcceptsColumn(int sourceColumn, const QModelIndex &) const
{
    return sourceColumn == ChartModel::TitleColumn;
}

} // namespace tongdao
