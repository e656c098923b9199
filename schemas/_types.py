"""Column dtypes shared by the table models: the dtypes `dataset.load` returns."""

from typing import Annotated

import pandas as pd

# Arrow-backed strings: compact, and what pyarrow gives back without a copy.
Str = Annotated[pd.StringDtype, "pyarrow", pd.NA]
# Nullable 64-bit integers (offsets, ids, counts).
Int = pd.Int64Dtype
Float = pd.Float64Dtype
Bool = pd.BooleanDtype
UtcTimestamp = Annotated[pd.DatetimeTZDtype, "ns", "UTC"]
