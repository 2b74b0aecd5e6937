#pragma once

#include <QWidget>
#include <array>

namespace lb {

// Two score distributions side by side in ten bands (0-9, ..., 90-100): the current model
// and the edited one, with the MQL threshold of the edited one marked.
class ScoreHistogram final : public QWidget
{
    Q_OBJECT

public:
    using Bands = std::array<qint64, 10>;

    explicit ScoreHistogram(QWidget* parent = nullptr);

    // Counts per total 0..100, as WhatIfOutcome::histogram gives them.
    void setDistributions(const std::array<qint64, 101>& current,
                          const std::array<qint64, 101>& candidate, double threshold);
    void clear();

    const Bands& currentBands() const { return m_current; }
    const Bands& candidateBands() const { return m_candidate; }
    static Bands bandsOf(const std::array<qint64, 101>& histogram);

    QSize sizeHint() const override { return {360, 160}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Bands m_current{};
    Bands m_candidate{};
    double m_threshold = 0;
};

} // namespace lb
