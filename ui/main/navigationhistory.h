#pragma once

#include <QList>
#include <QObject>
#include <optional>

namespace lb {

// A place the SDR has been: a lead, an account or an opportunity, by id.
struct Place
{
    enum Kind
    {
        Lead,
        Account,
        Opportunity
    };
    Kind kind = Lead;
    qint64 id = 0;

    friend bool operator==(const Place&, const Place&) = default;
};

// The places visited, in order, with a cursor, as a browser keeps them: going to a new place
// drops the places ahead of the cursor; the current place is never kept twice in a row, so
// re-opening it (as Back and Forward do) changes nothing. Only the list: opening the places
// is the windows' job (Navigation).
class NavigationHistory final : public QObject
{
    Q_OBJECT

public:
    // Older places are forgotten beyond this many.
    static constexpr int maxPlaces = 200;

    explicit NavigationHistory(QObject* parent = nullptr);

    void visit(const Place& place);
    bool canGoBack() const { return m_cursor > 0; }
    bool canGoForward() const { return m_cursor >= 0 && m_cursor < m_places.size() - 1; }
    // Moves the cursor one place back (forward) and returns that place; nothing at the end.
    std::optional<Place> back();
    std::optional<Place> forward();
    std::optional<Place> current() const;
    const QList<Place>& places() const { return m_places; }
    void clear();

Q_SIGNALS:
    void changed();

private:
    QList<Place> m_places;
    qsizetype m_cursor = -1;
};

} // namespace lb
