#pragma once
// Structure ids: dotted, lower-case, readable (`trapezius.upper.r`). A trailing `.l` / `.r` is the side;
// an id without a side means both. A query id selects every structure whose id starts with the query's
// components (`trapezius.r` selects `trapezius.upper.r`, `trapezius` selects both sides).
#include <string>
#include <string_view>
#include <vector>

namespace myo {

enum class Side { None, Left, Right };

std::string_view sideSuffix(Side side);  // "", ".l", ".r"
Side sideOf(std::string_view id);
std::string_view withoutSide(std::string_view id);
std::string withSide(std::string_view base, Side side);

// True when `id` (a full structure id) is selected by `query` under the rule above.
bool idMatches(std::string_view query, std::string_view id);

// True for a syntactically valid id: [a-z0-9_] components separated by single dots.
bool isValidId(std::string_view id);

// "Right infraspinatus" -> "infraspinatus", "Proximal phalanx of left thumb" -> "proximal_phalanx_of_thumb".
// The side words are removed and reported through `side`.
std::string idFromName(std::string_view englishName, Side* side);

// Up to `count` of `candidates` that look like `id` (the "did you mean" of unknown-id messages): a few edits away
// (typos: about a third of the id's length, at least 2) or containing it (`trapez` in `trapezius.upper`), or
// a longer id that starts with one of them; closest first, then in candidate order.
std::vector<std::string> closeIds(std::string_view id, const std::vector<std::string>& candidates, size_t count = 4);

// "; did you mean a, b?" for close ids, or "" when there are none.
std::string didYouMean(const std::vector<std::string>& close);

}  // namespace myo
