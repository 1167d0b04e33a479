#pragma once

#include <QWidget>

namespace qw {

class ManualBreaksModel;

// The values of the breaks dialog as a histogram over the range the classes cover, with
// the breaks as lines and the classes as a strip of their colours below; redraws whenever
// the breaks change. Hovering a bar tells its range and count. Does not own the model.
class BreaksHistogram : public QWidget
{
    Q_OBJECT
public:
    explicit BreaksHistogram(const ManualBreaksModel *model, QWidget *parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // How many bars the values get (about two per square root of their count).
    int binCount() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF plotRect() const;
    double xOf(double value) const;

    const ManualBreaksModel *m_model;
};

} // namespace qw
