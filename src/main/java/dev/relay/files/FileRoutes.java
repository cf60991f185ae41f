package dev.relay.files;

import io.vertx.ext.web.Router;

/**
 * The web port's file routes (docs/PROTOCOL.md 12, 13): uploads at {@code /upload}, files at {@code /f/}. Mount
 * them on the port's router before any catch-all route, and put no {@code BodyHandler} in front of
 * {@code /upload}: the upload handler streams the body itself.
 */
public final class FileRoutes {

  private final UploadHandler upload;
  private final DownloadHandler download;

  FileRoutes(UploadHandler upload, DownloadHandler download) {
    this.upload = upload;
    this.download = download;
  }

  public void mount(Router router) {
    router.post("/upload/:name").handler(upload);
    router.post("/upload").handler(upload);
    router.get("/f/:id/:name").handler(download);
    router.get("/f/:id").handler(download);
    router.head("/f/:id/:name").handler(download);
    router.head("/f/:id").handler(download);
  }
}
