"""The dateline that opens a wire story: "WASHINGTON (AP) —", "LA CROSSE, Wis. (AP) —",
"KABUL, Jan 5 (Reuters) -". Entity, location and claim rules each step over it, so its
parts are written once here and each rule puts together the ones it asks for."""

from __future__ import annotations

# The place in capitals: "WASHINGTON", "LA CROSSE", "ST. LOUIS", "N'DJAMENA".
PLACE = r"[A-Z][A-Z.'’ -]*[A-Z.]"
# A date after the place: ", Jan 5", ", July 29" (wire style may drop the comma).
DATE = r",?[^\S\n]+[A-Z][a-z]{2,8}\.?[^\S\n]+\d{1,2}"
# A state, country or date after the place: ", Wis.", ", New Mexico", ", July 29",
# ", Democratic Republic of Congo".
PLACE_QUALIFIER = r",[^\S\n]+[\w.]+(?:[^\S\n]+[\w.]+){0,3}"
# The wire's name in brackets: "(AP)", "(Reuters)", "(U.S. News & World Report)".
AGENCY = r"[^\S\n]*\([\w .&-]{2,25}\)"
# The dash that ends the dateline: an em or en dash, or one or two hyphens.
DASH = r"[^\S\n]*(?:—|–|--?)"
# Everything after the place up to and with its dash.
AFTER_PLACE = rf"(?:{PLACE_QUALIFIER})?(?:{AGENCY})?{DASH}"
