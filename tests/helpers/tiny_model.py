"""A tiny but real sentence-transformer, built from the test's own text in about a second."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path


def build_tiny_model(
    root: Path, corpus: Iterable[str], *, vocab_size: int = 200, max_seq_length: int = 32
) -> Path:
    """Save a 1-layer BERT (hidden size 32) with a WordPiece vocabulary trained on ``corpus``.

    Returns the folder of the saved SentenceTransformer (transformer + mean pooling).
    """
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import Pooling, Transformer
    from tokenizers import BertWordPieceTokenizer
    from transformers import BertConfig, BertModel, BertTokenizerFast

    hf_dir = root / "hf"
    hf_dir.mkdir(parents=True)
    wordpiece = BertWordPieceTokenizer(lowercase=True)
    wordpiece.train_from_iterator(list(corpus), vocab_size=vocab_size, min_frequency=1)
    wordpiece.save_model(str(hf_dir))
    # transformers 5 ignores ``vocab_file`` here (the tokenizer ends up with the 5 special
    # tokens only, so every word is [UNK]); the trained tokenizer.json carries the vocabulary.
    wordpiece.save(str(hf_dir / "tokenizer.json"))
    tokenizer = BertTokenizerFast(
        tokenizer_file=str(hf_dir / "tokenizer.json"),
        do_lower_case=True,
        unk_token="[UNK]",
        sep_token="[SEP]",
        pad_token="[PAD]",
        cls_token="[CLS]",
        mask_token="[MASK]",
    )
    tokenizer.save_pretrained(str(hf_dir))
    config = BertConfig(
        vocab_size=tokenizer.vocab_size,
        hidden_size=32,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=64,
    )
    BertModel(config).save_pretrained(str(hf_dir))
    transformer = Transformer(str(hf_dir), max_seq_length=max_seq_length)
    pooling = Pooling(transformer.get_embedding_dimension(), pooling_mode="mean")
    out = root / "st"
    SentenceTransformer(modules=[transformer, pooling], device="cpu").save_pretrained(str(out))
    return out
