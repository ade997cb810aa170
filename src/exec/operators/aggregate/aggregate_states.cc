#include "exec/operators/aggregate/aggregate_states.h"

#include <new>

namespace sluice {

void AggregateStates::AlignedDelete::operator()(uint8_t* p) const {
  ::operator delete[](p, std::align_val_t{64});
}

AggregateStates::AggregateStates(std::vector<const BoundAggregateFunction*> functions)
    : functions_(std::move(functions)) {
  for (const BoundAggregateFunction* f : functions_) {
    sizes_.push_back((f->state_size() + 15) & ~size_t{15});
  }
  pointers_.resize(functions_.size());
}

AggregateStates::~AggregateStates() {
  for (size_t f = 0; f < functions_.size(); ++f) {
    for (uint8_t* state : pointers_[f]) functions_[f]->Destroy(state);
  }
}

void AggregateStates::GrowTo(size_t num_groups) {
  while (num_groups_ < num_groups) {
    // One chunk per function holds kGroupsPerChunk consecutive groups.
    const size_t first = num_groups_;
    const size_t count = kGroupsPerChunk - first % kGroupsPerChunk;
    if (first % kGroupsPerChunk == 0) {
      for (size_t f = 0; f < functions_.size(); ++f) {
        size_t bytes = sizes_[f] * kGroupsPerChunk;
        if (bytes == 0) bytes = 16;
        chunks_.emplace_back(static_cast<uint8_t*>(::operator new[](bytes, std::align_val_t{64})));
      }
    }
    const size_t end = std::min(num_groups, first + count);
    const size_t chunk_base = chunks_.size() - functions_.size();
    for (size_t f = 0; f < functions_.size(); ++f) {
      uint8_t* chunk = chunks_[chunk_base + f].get();
      for (size_t g = first; g < end; ++g) {
        uint8_t* state = chunk + (g % kGroupsPerChunk) * sizes_[f];
        functions_[f]->Initialize(state);
        pointers_[f].push_back(state);
      }
    }
    num_groups_ = end;
  }
}

void AggregateStates::Reset(uint32_t group) {
  for (size_t f = 0; f < functions_.size(); ++f) {
    functions_[f]->Destroy(pointers_[f][group]);
    functions_[f]->Initialize(pointers_[f][group]);
  }
}

}  // namespace sluice
