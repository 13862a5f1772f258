// Fits the attention model's population prior (DESIGN.md §5) on 60 simulated participants × 4
// sessions × 120 trials and writes it to the file given (the shipped one
// is resources/model/prior.bin). Deterministic: the same build writes the same bytes.
// usage: modelprior OUT

#include "attention/performancemodel.h"
#include "simulation/simulatedparticipant.h"

#include <cstdio>
#include <fstream>

using namespace attend;

int main(int argc, char *argv[])
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: modelprior OUT\n");
        return 1;
    }
    // People and seeds disjoint from those modelcompare evaluates on.
    std::vector<std::vector<attention::Observation>> people;
    for (std::uint64_t p = 0; p < 60; ++p) {
        simulation::SimulatedParticipant person(simulation::SimulatedParticipant::draw(100000 + p));
        // Half at random difficulties (the whole psychometric function), half clustered the way
        // adaptive training presents them (a random walk, so the levels know nothing of the
        // person).
        people.push_back(person.history(4, 120, 500000 + p, 0.0, 1.0, p % 2 ? 0.02 : 0.0));
    }
    const auto model = attention::PerformanceModel::fitPrior(people, 7, 1500, 3);
    const auto bytes = model.serialise();
    std::ofstream out(argv[1], std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char *>(bytes.data()), std::streamsize(bytes.size()));
    if (!out.flush()) {
        std::fprintf(stderr, "cannot write %s\n", argv[1]);
        return 2;
    }
    std::printf("wrote %zu bytes (%d parameters) to %s\n", bytes.size(), model.parameterCount(),
                argv[1]);
    return 0;
}
