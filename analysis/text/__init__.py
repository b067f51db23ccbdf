"""Text handling shared by every stage: sentences, tokens, quotation marks and phrase matching, with offsets."""
