#pragma once

#include <QFont>
#include <QIdentityProxyModel>

namespace qw {

// Shows a table's column headers whole: the source's horizontal header texts broken into
// lines at spaces no wider than a width (a single longer word keeps its own line), so a view
// that sizes its columns to their contents gives each long header a narrow column of two or
// three lines instead of cutting it; the tooltip is the header in one line. Everything else
// is the source model's. Does not own the source.
class WrappedHeaderModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    // width: the widest line in pixels, measured in font (the header's).
    WrappedHeaderModel(const QFont &font, int width, QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // text broken into lines of at most width pixels in font.
    static QString wrapped(const QString &text, const QFont &font, int width);

private:
    QFont m_font;
    int m_width;
};

} // namespace qw
