#pragma once

#include <mutex>
#include <utility>
#include <vector>

namespace qw {

// Large working buffers kept for reuse between map images. A fresh buffer costs a page
// fault per 4 KiB on first touch, and on a virtualised machine the 8 MB of one 1920x1080
// id buffer cost 10 to 20 ms that way: more than drawing a small city. Thread-safe; keeps
// at most kKeep buffers of each element type, so what it holds is bounded by a few images.
template<class T> class ScratchBuffers
{
public:
    static constexpr std::size_t kKeep = 4;

    // A buffer from the pool (empty if none is free); its contents are what the last user
    // left in it.
    static std::vector<T> take()
    {
        Pool &p = pool();
        const std::lock_guard lock(p.mutex);
        if (p.free.empty())
            return {};
        std::vector<T> v = std::move(p.free.back());
        p.free.pop_back();
        return v;
    }
    // Hands a buffer back for the next image.
    static void give(std::vector<T> &&buffer)
    {
        if (buffer.capacity() == 0)
            return;
        Pool &p = pool();
        const std::lock_guard lock(p.mutex);
        if (p.free.size() < kKeep)
            p.free.push_back(std::move(buffer));
    }

private:
    struct Pool
    {
        std::mutex mutex;
        std::vector<std::vector<T>> free;
    };
    static Pool &pool()
    {
        static Pool p;
        return p;
    }
};

// A buffer from ScratchBuffers for one scope: empty at its start (its memory kept from the
// last user), handed back at its end.
template<class T> class ScratchVector
{
public:
    ScratchVector() : m_buffer(ScratchBuffers<T>::take()) { m_buffer.clear(); }
    ~ScratchVector() { ScratchBuffers<T>::give(std::move(m_buffer)); }
    ScratchVector(const ScratchVector &) = delete;
    ScratchVector &operator=(const ScratchVector &) = delete;

    std::vector<T> &operator*() { return m_buffer; }
    std::vector<T> *operator->() { return &m_buffer; }

private:
    std::vector<T> m_buffer;
};

} // namespace qw
