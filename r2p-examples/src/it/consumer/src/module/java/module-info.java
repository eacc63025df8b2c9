/** An application using r2p on the module path, as the README shows. */
module org.r2p.consumer {
  requires org.r2p.rules;
  requires org.r2p.json;
}
