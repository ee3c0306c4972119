"""What a user can pick: the losses (:mod:`.losses`) and the base models (:mod:`.models`)."""
