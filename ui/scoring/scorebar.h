#pragma once

#include <QWidget>

namespace lb {

// A lead's score as one bar on the 0-100 scale: the fit part, then the behaviour part, and a
// mark at the MQL threshold. Negative parts draw nothing: the numbers beside it tell.
class ScoreBar final : public QWidget
{
    Q_OBJECT

public:
    explicit ScoreBar(QWidget* parent = nullptr);

    void setParts(double fit, double behavior, double threshold);
    double fit() const { return m_fit; }
    double behavior() const { return m_behavior; }
    double threshold() const { return m_threshold; }

    QSize sizeHint() const override { return {240, 20}; }
    QSize minimumSizeHint() const override { return {80, 14}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    double m_fit = 0;
    double m_behavior = 0;
    double m_threshold = 0;
};

} // namespace lb
