// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/itemviews.h"

#include "core/chartmodel.h"
#include "ui/charts/chartwidget.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QStyleOptionHeader>
#include <QToolTip>
#include <QTreeView>
#include <QtMath>

namespace tongdao {

bool PlainToolTipDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                     const QModelIndex &index)
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

namespace {
constexpr int margin = 3;
}

StaticTextDelegate::StaticTextDelegate(Mode mode, QObject *parent)
    : PlainToolTipDelegate(parent)
    , m_mode(mode)
{
}

int StaticTextDelegate::wrapWidth(const QStyleOptionViewItem &opt, const QModelIndex &index) const
{
    const auto *tree = qobject_cast<const QTreeView *>(opt.widget);
    int depth = 0;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        ++depth;
    return std::max(40, tree ? tree->viewport()->width() - (depth + 1) * tree->indentation() - 2 * margin : 200);
}

const QStaticText &StaticTextDelegate::layout(const QString &text, const QFont &font, int width) const
{
    const QString key = text + QLatin1Char('\x1f') + QString::number(width) + QLatin1Char('\x1f') + font.key();
    auto it = m_texts.find(key);
    if (it == m_texts.end()) {
        if (m_texts.size() > 2048)
            m_texts.clear(); // texts of other widths and languages
        QStaticText staticText(m_mode == Elide ? QFontMetrics(font).elidedText(text, Qt::ElideRight, width) : text);
        staticText.setTextFormat(Qt::PlainText);
        if (m_mode == Wrap)
            staticText.setTextWidth(width);
        staticText.prepare(QTransform(), font);
        it = m_texts.insert(key, staticText);
    }
    return *it;
}

QSize StaticTextDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (m_mode == Elide)
        return PlainToolTipDelegate::sizeHint(option, index);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int width = wrapWidth(opt, index);
    return QSize(width, qCeil(layout(opt.text, opt.font, width).size().height()) + 2 * margin);
}

void StaticTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear(); // the style draws background, selection and focus; the text is ours
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;
    const QRect area = opt.rect.adjusted(margin, margin, -margin, -margin);
    const QStaticText &staticText = layout(text, opt.font, m_mode == Wrap ? wrapWidth(opt, index) : area.width());
    const QSizeF size = staticText.size();
    QPointF at = area.topLeft();
    if (m_mode == Elide) {
        at.setY(area.top() + (area.height() - size.height()) / 2);
        if (opt.displayAlignment & Qt::AlignRight)
            at.setX(area.right() - size.width());
        else if (opt.displayAlignment & Qt::AlignHCenter)
            at.setX(area.left() + (area.width() - size.width()) / 2);
    }
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawStaticText(at, staticText);
    painter->restore();
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

PlainHeaderView::PlainHeaderView(Qt::Orientation orientation, QWidget *parent)
    : QHeaderView(orientation, parent)
{
    setSectionsClickable(true); // as the header QTableView makes: a click sorts
    setHighlightSections(false);
}

QSize PlainHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    // QHeaderView's own measure, in the header's font instead of its bold.
    if (!model() || logicalIndex < 0)
        return {};
    ensurePolished();
    if (const QVariant hint = model()->headerData(logicalIndex, orientation(), Qt::SizeHintRole); hint.isValid())
        return hint.toSize();
    QStyleOptionHeader option;
    initStyleOption(&option);
    option.section = logicalIndex;
    const QVariant font = model()->headerData(logicalIndex, orientation(), Qt::FontRole);
    option.fontMetrics = font.canConvert<QFont>() ? QFontMetrics(font.value<QFont>()) : fontMetrics();
    option.text = model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString();
    const QVariant decoration = model()->headerData(logicalIndex, orientation(), Qt::DecorationRole);
    option.icon = decoration.value<QIcon>();
    if (option.icon.isNull())
        option.icon = decoration.value<QPixmap>();
    QSize size = style()->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), this);
    if (isSortIndicatorShown()) { // room for the indicator, as QHeaderView makes
        const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, &option, this);
        if (orientation() == Qt::Horizontal)
            size.rwidth() += size.height() + margin;
        else
            size.rheight() += size.width() + margin;
    }
    return size;
}

} // namespace tongdao
