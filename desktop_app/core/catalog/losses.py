"""The training losses a user can pick, explained in plain language.

Each :class:`LossSpec` names a sentence-transformers loss class, the data shapes it learns
from, and a short explanation for someone who has never heard of embeddings. The spec also
builds the loss with every argument it needs (SoftmaxLoss needs the embedding size and the
number of classes), so no caller has to know the constructor details.

Nothing here imports torch or sentence-transformers at module level: the catalogue is cheap to
import for the GUI and the ``inspect`` command.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop_app.core.catalog import TranslatedTable
from desktop_app.core.data.types import SHAPES, Shape
from desktop_app.core.errors import DataError
from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

    from desktop_app.core.data.types import ColumnRoles

#: Plain words for each data shape, used in "your data has ..." sentences.
SHAPE_WORDS: Mapping[str, str] = TranslatedTable(
    "losses",
    {
        "pairs": QT_TRANSLATE_NOOP(
            "losses", "pairs of texts that belong together, without a score or label"
        ),
        "triplets": QT_TRANSLATE_NOOP(
            "losses", "a text, a matching text and a non-matching text in each row"
        ),
        "scored-pairs": QT_TRANSLATE_NOOP("losses", "pairs of texts with a similarity score"),
        "labelled-pairs": QT_TRANSLATE_NOOP(
            "losses", "pairs of texts labelled similar / not similar"
        ),
        "classified-pairs": QT_TRANSLATE_NOOP(
            "losses", "pairs of texts with one of several classes"
        ),
    },
)

#: What each shape lacks, phrased for "X needs ...; your data has none."
_NEEDS: Mapping[str, str] = TranslatedTable(
    "losses",
    {
        "pairs": QT_TRANSLATE_NOOP("losses", "two texts that belong together in each row"),
        "triplets": QT_TRANSLATE_NOOP(
            "losses", "a third column with a text that does NOT match (a negative) in each row"
        ),
        "scored-pairs": QT_TRANSLATE_NOOP("losses", "a similarity score for each pair"),
        "labelled-pairs": QT_TRANSLATE_NOOP(
            "losses", "a similar / not-similar label for each pair"
        ),
        "classified-pairs": QT_TRANSLATE_NOOP(
            "losses", "a class (such as entailment / neutral / contradiction) for each pair"
        ),
    },
)

#: The Matryoshka option explained for the loss page.
_MATRYOSHKA_EXPLANATION = QT_TRANSLATE_NOOP(
    "losses",
    "Matryoshka training teaches the model to put the most important information first, so "
    "its vectors still work when cut short (for example 768 numbers down to 128). Shorter "
    "vectors make searching a large collection faster and smaller on disk, at a small cost in "
    "quality. It works on top of any loss; training takes a little longer.",
)


def matryoshka_explanation() -> str:
    """The Matryoshka option explained for the loss page, in the current language."""
    return translate("losses", _MATRYOSHKA_EXPLANATION)


def __getattr__(name: str) -> str:
    # MATRYOSHKA_EXPLANATION is read in the language spoken when it is read.
    if name == "MATRYOSHKA_EXPLANATION":
        return matryoshka_explanation()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


#: Matryoshka sizes offered by default; those larger than the model's own are dropped.
DEFAULT_MATRYOSHKA_DIMS: tuple[int, ...] = (768, 512, 256, 128, 64)


@dataclass(frozen=True)
class LossSpec:
    """One loss the user can pick.

    Attributes:
        name: The sentence-transformers class name (e.g. "CoSENTLoss").
        aliases: Short names accepted on the command line ("cosent").
        shapes: The data shapes this loss learns from.
        source_title: A few words for a list ("Rank the right answer first").
        source_summary: One paragraph in plain language: what it learns from, in the user's terms.
        source_when_to_pick: When this is the right choice.
        in_batch_negatives: Whether other rows of a batch serve as wrong answers (then
            batches must not contain duplicates, and bigger batches help).
    """

    name: str
    aliases: tuple[str, ...]
    shapes: tuple[Shape, ...]
    source_title: str
    source_summary: str
    source_when_to_pick: str
    in_batch_negatives: bool = False

    @property
    def title(self) -> str:
        """A few words for a list, in the current language."""
        return translate("losses", self.source_title)

    @property
    def summary(self) -> str:
        """One paragraph in plain language, in the current language."""
        return translate("losses", self.source_summary)

    @property
    def when_to_pick(self) -> str:
        """When this is the right choice, in the current language."""
        return translate("losses", self.source_when_to_pick)

    def accepts(self, shape: str) -> bool:
        """Return whether this loss can learn from data of ``shape``."""
        return shape in self.shapes

    def reason_not_accepted(self, shape: str) -> str | None:
        """Return a plain sentence why ``shape`` does not fit, or None when it does."""
        if self.accepts(shape):
            return None
        needed = self.shapes[0]
        have = SHAPE_WORDS.get(shape, shape)
        if needed in ("scored-pairs", "labelled-pairs", "classified-pairs") and shape in (
            "pairs",
            "triplets",
        ):
            return translate("losses", "{loss} needs {needs}; your data has none.").format(
                loss=self.name, needs=_NEEDS[needed]
            )
        if needed == "triplets":
            return translate("losses", "{loss} needs {needs}; your data has {have}.").format(
                loss=self.name, needs=_NEEDS["triplets"], have=have
            )
        if needed == "pairs":
            wanted = translate(
                "losses", "texts that belong together (two or three columns, no score or label)"
            )
        else:
            wanted = SHAPE_WORDS[self.shapes[0]]
            for other in self.shapes[1:]:
                wanted = translate("losses", "{first} or {second}").format(
                    first=wanted, second=SHAPE_WORDS[other]
                )
        best = _RECOMMENDED.get(shape)
        if best:
            return translate(
                "losses", "{loss} learns from {wanted}; your data has {have}. Use {best} instead."
            ).format(loss=self.name, wanted=wanted, have=have, best=best)
        return translate("losses", "{loss} learns from {wanted}; your data has {have}.").format(
            loss=self.name, wanted=wanted, have=have
        )

    def build(self, model: SentenceTransformer, roles: ColumnRoles | None = None) -> Any:
        """Build the loss for ``model`` with every argument it requires.

        Args:
            model: The SentenceTransformer being trained.
            roles: The data's column roles (SoftmaxLoss needs the number of classes).

        Returns:
            A ``torch.nn.Module`` loss from ``sentence_transformers.sentence_transformer.losses``.
        """
        from sentence_transformers.sentence_transformer import losses

        cls = getattr(losses, self.name)
        if self.name == "SoftmaxLoss":
            classes = list(roles.classes) if roles is not None else []
            num_labels = len(classes) if classes else 2
            dim = model.get_embedding_dimension()
            return cls(model, sentence_embedding_dimension=dim, num_labels=num_labels)
        if self.name == "CachedMultipleNegativesRankingLoss":
            return cls(model, mini_batch_size=8)
        return cls(model)


def _spec(*, title: str, summary: str, when_to_pick: str, **kwargs: Any) -> LossSpec:
    return LossSpec(
        source_title=title, source_summary=summary, source_when_to_pick=when_to_pick, **kwargs
    )


#: Every loss the app offers, the recommended ones first for their shapes.
LOSSES: tuple[LossSpec, ...] = (
    _spec(
        name="MultipleNegativesRankingLoss",
        aliases=("mnrl", "mnr"),
        shapes=("pairs", "triplets"),
        title=QT_TRANSLATE_NOOP("losses", "Find the right answer among many"),
        summary=QT_TRANSLATE_NOOP(
            "losses",
            "Learns from texts that belong together, such as a question and its answer. For "
            "each question, the model is shown its own answer next to the answers of the other "
            "questions in the same batch, and learns to pick the right one. You only need the "
            "pairs: no scores or labels. If your rows also have a wrong answer, it is used as "
            "an extra, harder example.",
        ),
        when_to_pick=QT_TRANSLATE_NOOP(
            "losses",
            "Questions with answers, search queries with documents, titles with texts: the "
            "usual choice for search and FAQ matching. Bigger batches help.",
        ),
        in_batch_negatives=True,
    ),
    _spec(
        name="CachedMultipleNegativesRankingLoss",
        aliases=("cmnrl", "cached-mnrl", "gist"),
        shapes=("pairs", "triplets"),
        title=QT_TRANSLATE_NOOP(
            "losses", "Find the right answer among many (large batches, less memory)"
        ),
        summary=QT_TRANSLATE_NOOP(
            "losses",
            "The same idea as 'Find the right answer among many', but it works through the "
            "batch in small pieces so that much bigger batches fit in memory. Bigger batches "
            "mean more wrong answers to learn from, which usually gives a better model. "
            "Training is somewhat slower.",
        ),
        when_to_pick=QT_TRANSLATE_NOOP(
            "losses",
            "Question/answer pairs when you want large batches (64 and more) on a computer "
            "with limited memory.",
        ),
        in_batch_negatives=True,
    ),
    _spec(
        name="CoSENTLoss",
        aliases=("cosent",),
        shapes=("scored-pairs", "labelled-pairs"),
        title=QT_TRANSLATE_NOOP("losses", "Match my similarity scores (ranking)"),
        summary=QT_TRANSLATE_NOOP(
            "losses",
            "Learns from pairs of sentences that you scored for similarity (for example 0 to "
            "5). The model learns to put the pairs in the same order as your scores: a pair "
            "you rated 4 should end up closer than a pair you rated 2. Only the order matters, "
            "so it copes well with scores that different people gave.",
        ),
        when_to_pick=QT_TRANSLATE_NOOP(
            "losses", "Sentence pairs with a similarity score: the recommended choice."
        ),
    ),
    _spec(
        name="AnglELoss",
        aliases=("angle",),
        shapes=("scored-pairs", "labelled-pairs"),
        title=QT_TRANSLATE_NOOP("losses", "Match my similarity scores (AnglE)"),
        summary=QT_TRANSLATE_NOOP(
            "losses",
            "Like 'Match my similarity scores (ranking)', it learns to order your scored pairs "
            "the way you scored them, but measures closeness by angle. It sometimes trains a "
            "little better when many pairs are almost the same.",
        ),
        when_to_pick=QT_TRANSLATE_NOOP(
            "losses", "Scored sentence pairs, as an alternative to CoSENTLoss worth comparing."
        ),
    ),
    _spec(
        name="CosineSimilarityLoss",
        aliases=("cosine", "cos"),
        shapes=("scored-pairs", "labelled-pairs"),
        title=QT_TRANSLATE_NOOP("losses", "Copy my similarity scores"),
        summary=QT_TRANSLATE_NOOP(
            "losses",
            "Learns from pairs of sentences with a similarity score and tries to make the "
            "model's own similarity number equal to your score for every pair. It is the "
            "classic choice and easy to understand, but it treats your exact numbers as the "
            "truth, so uneven scoring hurts it more than the ranking losses.",
        ),
        when_to_pick=QT_TRANSLATE_NOOP(
            "losses", "Scored pairs when the exact score values are meaningful."
        ),
    ),
    _spec(
        name="ContrastiveLoss",
        aliases=("contrastive",),
        shapes=("labelled-pairs",),
        title=QT_TRANSLATE_NOOP("losses", "Pull similar pairs together, push others apart"),
        summary=QT_TRANSLATE_NOOP(
            "losses",
            "Learns from pairs of texts marked similar or not similar (1 or 0). Pairs marked "
            "similar are pulled close together; pairs marked not similar are pushed apart until "
            "they are far enough.",
        ),
        when_to_pick=QT_TRANSLATE_NOOP(
            "losses",
            "Duplicate detection with yes/no labels, e.g. 'are these two questions the same?'.",
        ),
    ),
    _spec(
        name="OnlineContrastiveLoss",
        aliases=("online-contrastive", "onlinecontrastive"),
        shapes=("labelled-pairs",),
        title=QT_TRANSLATE_NOOP("losses", "Learn from the hardest similar / not-similar pairs"),
        summary=QT_TRANSLATE_NOOP(
            "losses",
            "Learns from pairs of texts marked similar or not similar, like 'Pull similar pairs "
            "together', but in each batch it concentrates on the pairs the model still gets "
            "wrong: similar pairs that look far apart and different pairs that look close. "
            "This usually trains better and faster.",
        ),
        when_to_pick=QT_TRANSLATE_NOOP(
            "losses", "Pairs with a yes/no similarity label: the recommended choice."
        ),
    ),
    _spec(
        name="SoftmaxLoss",
        aliases=("softmax", "nli"),
        shapes=("classified-pairs", "labelled-pairs"),
        title=QT_TRANSLATE_NOOP("losses", "Tell the relation of two sentences"),
        summary=QT_TRANSLATE_NOOP(
            "losses",
            "Learns from pairs of sentences that each carry one of a few classes, such as "
            "'entailment', 'neutral' and 'contradiction'. The model learns to produce vectors "
            "from which the class of the pair can be told apart. This is how the first "
            "sentence-embedding models were trained on NLI data.",
        ),
        when_to_pick=QT_TRANSLATE_NOOP(
            "losses", "Sentence pairs with three or more classes (NLI-style data)."
        ),
    ),
    _spec(
        name="TripletLoss",
        aliases=("triplet",),
        shapes=("triplets",),
        title=QT_TRANSLATE_NOOP("losses", "Closer to the right text than to the wrong one"),
        summary=QT_TRANSLATE_NOOP(
            "losses",
            "Learns from rows of three texts: a text, one that matches it and one that does "
            "not. The model learns to place the matching text closer than the non-matching one "
            "by a safe margin. Unlike 'Find the right answer among many' it only uses the wrong "
            "text you wrote down.",
        ),
        when_to_pick=QT_TRANSLATE_NOOP(
            "losses", "Rows with a hand-picked wrong answer, when batches must stay small."
        ),
    ),
)

#: The loss recommended for each shape.
_RECOMMENDED: dict[str, str] = {
    "pairs": "MultipleNegativesRankingLoss",
    "triplets": "MultipleNegativesRankingLoss",
    "scored-pairs": "CoSENTLoss",
    "labelled-pairs": "OnlineContrastiveLoss",
    "classified-pairs": "SoftmaxLoss",
}


def find_loss(name: str) -> LossSpec:
    """Return the loss named ``name`` (class name in any case, or a short alias).

    Raises:
        DataError: No loss has that name; the message lists the choices.
    """
    key = name.strip().lower().replace("_", "-")
    for spec in LOSSES:
        if key == spec.name.lower() or key in spec.aliases:
            return spec
    if key in ("matryoshka", "matryoshkaloss"):
        raise DataError(
            translate(
                "losses",
                "MatryoshkaLoss is an option on top of another loss, not a loss of its own.",
            ),
            translate("losses", "Pick a loss and add the Matryoshka option."),
            cli_hint="(--matryoshka 256,128,64)",
        )
    choices = ", ".join(s.aliases[0] for s in LOSSES)
    raise DataError(
        translate("losses", "There is no loss called '{name}'.").format(name=name),
        translate("losses", "Choose one of: {choices}.").format(choices=choices),
    )


def recommended_loss(shape: str) -> LossSpec:
    """Return the loss recommended for data of ``shape``."""
    if shape not in _RECOMMENDED:
        raise DataError(
            translate("losses", "The data shape '{shape}' is not one training understands.").format(
                shape=shape
            ),
            translate("losses", "Expected one of: {shapes}.").format(shapes=", ".join(SHAPES)),
        )
    return find_loss(_RECOMMENDED[shape])


def compatible_losses(shape: str) -> list[LossSpec]:
    """Return every loss that accepts ``shape``, the recommended one first."""
    fitting = [spec for spec in LOSSES if spec.accepts(shape)]
    best = _RECOMMENDED.get(shape)
    fitting.sort(key=lambda spec: spec.name != best)
    return fitting


def matryoshka_dims_for(
    model_dim: int, dims: list[int] | tuple[int, ...] | None = None
) -> list[int]:
    """Return the Matryoshka sizes to train for a model with ``model_dim`` dimensions.

    With ``dims`` None the defaults (768/512/256/128/64) are filtered to the model and the
    model's own size is added first; given dims are checked.

    Raises:
        DataError: A given size is larger than the model's vectors or not positive.
    """
    if not dims:
        chosen = [d for d in DEFAULT_MATRYOSHKA_DIMS if d <= model_dim]
        if model_dim not in chosen:
            chosen.insert(0, model_dim)
        return sorted(set(chosen), reverse=True)
    bad = [d for d in dims if d <= 0 or d > model_dim]
    if bad:
        raise DataError(
            translate(
                "losses",
                "Matryoshka sizes must be between 1 and the model's vector size {model_dim}; "
                "got {sizes}.",
            ).format(model_dim=model_dim, sizes=", ".join(str(d) for d in bad)),
            translate("losses", "Use sizes such as {sizes}.").format(
                sizes=", ".join(str(d) for d in matryoshka_dims_for(model_dim))
            ),
        )
    return sorted(set(int(d) for d in dims), reverse=True)


def wrap_matryoshka(model: SentenceTransformer, loss: Any, dims: list[int] | None = None) -> Any:
    """Wrap ``loss`` in MatryoshkaLoss so the model's vectors also work cut short.

    Args:
        model: The model being trained.
        loss: A built loss (from :meth:`LossSpec.build`).
        dims: Vector sizes to train for; None = the defaults that fit the model.
    """
    from sentence_transformers.sentence_transformer.losses import MatryoshkaLoss

    model_dim = int(model.get_embedding_dimension())
    return MatryoshkaLoss(model, loss, matryoshka_dims=matryoshka_dims_for(model_dim, dims))
