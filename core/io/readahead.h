#pragma once

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace lb::io {

// Produces items on a thread of its own, a batch ahead of the thread that consumes them, in
// order. An import reads and parses its rows this way while the calling thread writes the rows
// before them: on two cores the two halves run side by side.
//
// `produce` runs on the reading thread only and returns false at the end. What it throws is
// thrown again by next() once the items before it are consumed. Destroying the ReadAhead (say,
// when the consumer stops on a cancel or an error) stops the thread once the batch it is making
// is done (a few milliseconds of reading).
template <typename Item> class ReadAhead
{
public:
    using Produce = std::function<bool(Item& item)>;

    explicit ReadAhead(Produce produce, size_t batchSize = 512, size_t maxBatches = 8)
        : m_produce(std::move(produce)), m_batchSize(batchSize), m_maxBatches(maxBatches)
    {
        m_thread = std::thread([this] { run(); });
    }

    ~ReadAhead()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_space.notify_all();
        m_thread.join();
    }

    ReadAhead(const ReadAhead&) = delete;
    ReadAhead& operator=(const ReadAhead&) = delete;

    // The next item, in the order produced; nullptr after the last one. The item stays valid
    // until the next call, and is destroyed on the reading thread: the thread that allocated
    // its memory frees it faster, and the consumer has less to do.
    Item* next()
    {
        if (m_position == m_current.size()) {
            std::unique_lock lock(m_mutex);
            if (!m_current.empty())
                m_used.push_back(std::move(m_current));
            m_current.clear();
            m_position = 0;
            m_ready.wait(lock, [this] { return !m_batches.empty() || m_done; });
            if (m_batches.empty()) {
                if (m_error)
                    std::rethrow_exception(m_error);
                return nullptr;
            }
            m_current = std::move(m_batches.front());
            m_batches.pop_front();
            lock.unlock();
            m_space.notify_one();
        }
        return &m_current[m_position++];
    }

private:
    void run()
    {
        for (;;) {
            dropUsedBatches();
            std::vector<Item> batch(m_batchSize);
            size_t count = 0;
            bool more = true;
            std::exception_ptr error;
            try {
                while (count < m_batchSize && (more = m_produce(batch[count])))
                    ++count;
            } catch (...) {
                error = std::current_exception(); // after the items before it
                more = false;
            }
            batch.resize(count);
            std::unique_lock lock(m_mutex);
            m_space.wait(lock, [this] { return m_batches.size() < m_maxBatches || m_stop; });
            if (m_stop)
                more = false;
            else if (count > 0)
                m_batches.push_back(std::move(batch));
            if (!more) {
                m_error = error;
                m_done = true;
            }
            lock.unlock();
            m_ready.notify_one();
            if (!more)
                return;
        }
    }

    void dropUsedBatches()
    {
        std::deque<std::vector<Item>> used;
        {
            std::lock_guard lock(m_mutex);
            used.swap(m_used);
        }
    }

    Produce m_produce;
    const size_t m_batchSize;
    const size_t m_maxBatches;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<std::vector<Item>> m_batches;
    std::deque<std::vector<Item>> m_used; // consumed, for the reading thread to destroy
    std::exception_ptr m_error;
    bool m_done = false;
    bool m_stop = false;
    // The batch being consumed (consumer thread only).
    std::vector<Item> m_current;
    size_t m_position = 0;
};

} // namespace lb::io
