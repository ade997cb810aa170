// AggregateStates: the state slots of a list of bound aggregate functions, one slot per function
// per group, in chunked arenas (no allocation per group), addressed through one pointer array
// per function as BoundAggregateFunction::Update expects.
//
// Ownership: owns the slots and destroys them (BoundAggregateFunction::Destroy) when it dies.
// The functions must outlive it. Thread-safety: none.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "function/aggregate_function.h"

namespace sluice {

class AggregateStates {
 public:
  explicit AggregateStates(std::vector<const BoundAggregateFunction*> functions);
  ~AggregateStates();
  AggregateStates(const AggregateStates&) = delete;
  AggregateStates& operator=(const AggregateStates&) = delete;

  // Adds initialized slots for groups up to `num_groups` (exclusive).
  void GrowTo(size_t num_groups);
  // Destroys and re-initializes group `group`'s slots (a group retracted to nothing).
  void Reset(uint32_t group);

  size_t num_groups() const { return num_groups_; }
  // The slot pointers of function `f`, indexed by group.
  uint8_t* const* states(size_t f) const { return pointers_[f].data(); }
  uint8_t* state(size_t f, uint32_t group) const { return pointers_[f][group]; }

 private:
  struct AlignedDelete {
    void operator()(uint8_t* p) const;
  };
  static constexpr size_t kGroupsPerChunk = 4096;

  std::vector<const BoundAggregateFunction*> functions_;
  std::vector<size_t> sizes_;
  std::vector<std::vector<uint8_t*>> pointers_;
  std::vector<std::unique_ptr<uint8_t, AlignedDelete>> chunks_;
  size_t num_groups_ = 0;
};

}  // namespace sluice
