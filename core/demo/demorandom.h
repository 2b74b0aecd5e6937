#pragma once

#include <QList>
#include <QString>
#include <cstdint>

namespace lb::demo {

// A small, portable random source (SplitMix64): the same seed gives the same demo workspace
// on every machine and compiler, which std::uniform_*_distribution does not promise.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, bound).
    int below(int bound) { return bound <= 0 ? 0 : int(next() % quint64(bound)); }
    // Uniform in [low, high].
    int between(int low, int high) { return low + below(high - low + 1); }
    // Uniform in [0, 1).
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double probability) { return unit() < probability; }
    template <typename T> const T& pick(const QList<T>& items)
    {
        return items.at(below(int(items.size())));
    }

private:
    quint64 m_state;
};

} // namespace lb::demo
