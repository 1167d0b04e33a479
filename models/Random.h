#pragma once

#include <cmath>
#include <cstdint>

namespace qw {

// A small, portable pseudo-random generator (xoshiro256**, seeded by splitmix64).
// The standard library's distributions differ between implementations, so the demo
// city would differ between Windows and Linux; everything here is exactly specified.
class Random
{
public:
    explicit Random(std::uint64_t seed)
    {
        for (auto &s : m_state) {
            seed += 0x9e3779b97f4a7c15ULL;
            std::uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            s = z ^ (z >> 31);
        }
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // Uniform integer in [0, n).
    int below(int n) { return int(uniform() * n); }
    // Standard normal (Box-Muller; one value per call, kept simple and deterministic).
    double normal()
    {
        const double u1 = 1.0 - uniform(); // (0, 1]
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * 3.14159265358979323846 * u2);
    }
    double normal(double mean, double sd) { return mean + sd * normal(); }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_state[4];
};

// Smooth 2D value noise in [-1, 1] with a bounded gradient; the same seed and point give
// the same value on every platform.
class NoiseField
{
public:
    explicit NoiseField(std::uint64_t seed) : m_seed(seed) { }

    double at(double x, double y) const
    {
        const double fx = std::floor(x), fy = std::floor(y);
        const auto ix = std::int64_t(fx), iy = std::int64_t(fy);
        const double tx = smooth(x - fx), ty = smooth(y - fy);
        const double a = lattice(ix, iy), b = lattice(ix + 1, iy);
        const double c = lattice(ix, iy + 1), d = lattice(ix + 1, iy + 1);
        return (a + (b - a) * tx) * (1 - ty) + (c + (d - c) * tx) * ty;
    }

private:
    static double smooth(double t) { return t * t * (3 - 2 * t); }
    double lattice(std::int64_t x, std::int64_t y) const
    {
        std::uint64_t h = m_seed ^ (std::uint64_t(x) * 0x9e3779b97f4a7c15ULL)
            ^ (std::uint64_t(y) * 0xc2b2ae3d27d4eb4fULL);
        h = (h ^ (h >> 31)) * 0xbf58476d1ce4e5b9ULL;
        h = (h ^ (h >> 29)) * 0x94d049bb133111ebULL;
        h ^= h >> 32;
        return double(h & 0xffffff) / double(0xffffff) * 2.0 - 1.0;
    }
    std::uint64_t m_seed;
};

} // namespace qw
