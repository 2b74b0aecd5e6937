#include "main/navigationhistory.h"

namespace lb {

NavigationHistory::NavigationHistory(QObject* parent) : QObject(parent) {}

void NavigationHistory::visit(const Place& place)
{
    if (place.id <= 0 || current() == place)
        return;
    m_places.resize(m_cursor + 1); // a new way from here: what was ahead is gone
    m_places.append(place);
    if (m_places.size() > maxPlaces)
        m_places.removeFirst();
    m_cursor = m_places.size() - 1;
    Q_EMIT changed();
}

std::optional<Place> NavigationHistory::back()
{
    if (!canGoBack())
        return std::nullopt;
    --m_cursor;
    Q_EMIT changed();
    return m_places.at(m_cursor);
}

std::optional<Place> NavigationHistory::forward()
{
    if (!canGoForward())
        return std::nullopt;
    ++m_cursor;
    Q_EMIT changed();
    return m_places.at(m_cursor);
}

std::optional<Place> NavigationHistory::current() const
{
    if (m_cursor < 0)
        return std::nullopt;
    return m_places.at(m_cursor);
}

void NavigationHistory::clear()
{
    m_places.clear();
    m_cursor = -1;
    Q_EMIT changed();
}

} // namespace lb
