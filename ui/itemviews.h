// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accelerator.h"

#include <QHash>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace tongdao {

// Shows an item's tooltip as the plain text it is: a dataset string "<img src=…>" never renders.
class PlainToolTipDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
};

// Draws item texts laid out once and kept as QStaticText, then only drawn: long Chinese titles and
// quotes are shaped once per width, not on every paint. Wrap: the whole text over as many lines as
// it needs (size hints follow); Elide: one line, cut with "…".
class StaticTextDelegate : public PlainToolTipDelegate
{
    Q_OBJECT

public:
    enum Mode { Wrap, Elide };
    explicit StaticTextDelegate(Mode mode, QObject *parent = nullptr);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int wrapWidth(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    const QStaticText &layout(const QString &text, const QFont &font, int width) const;

    Mode m_mode;
    mutable QHash<QString, QStaticText> m_texts;
};

// A header whose labels are never bold, measured in the font they are drawn in. QHeaderView
// measures every label in bold, for the bold label a style may draw for a highlighted column; this
// header highlights none, and the bold measure alone made a font at start-up that nothing shows.
class PlainHeaderView : public QHeaderView
{
    Q_OBJECT

public:
    explicit PlainHeaderView(Qt::Orientation orientation, QWidget *parent = nullptr);

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override;
};

// The chart model without its figure level: categories and their charts, for the navigator.
class ChartsOnlyProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool filterAcceptsColumn(int sourceColumn, const QModelIndex &sourceParent) const override;
};

} // namespace tongdao
