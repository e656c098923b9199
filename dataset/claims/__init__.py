"""Claims: attributed statements with claimant, cue, content, hedging and quantities."""
